/**
 * The repository's import graph, as TypeScript resolves it (the `@/` alias, imports without an
 * extension, `import type` included): the lint rules in import-rules.ts read it. Type-only
 * imports count, because a loop of types is still a loop a reader has to untangle.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Folders whose files are read; everything else (node_modules, build output) is not ours. */
const SOURCE_FOLDERS = ['entrypoints', 'components', 'utils', 'modules', 'tests'];
const SKIP = new Set(['node_modules', 'artifacts', 'demo-site', 'hostile']);

export interface ImportGraph {
  /** Repository-relative path → the repository-relative paths it imports. */
  edges: Map<string, string[]>;
}

/** Resolves an import as the type checker does; null for packages and files outside the repository. */
export type Resolve = (specifier: string, fromFile: string) => string | null;

export function createResolver(root: string): Resolve {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  const options = config?.options ?? {};
  const host = ts.createCompilerHost(options);
  const cache = ts.createModuleResolutionCache(root, (name) => name, options);
  return (specifier, fromFile) => {
    // `./styles.css?inline` is the file `./styles.css` to the bundler.
    const resolved = ts.resolveModuleName(specifier.replace(/\?.*$/, ''), join(root, fromFile), options, host, cache).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport) return null;
    const target = relative(root, resolve(resolved.resolvedFileName));
    return target.startsWith('..') || target.includes('node_modules') ? null : target;
  };
}

export function readImportGraph(root: string, resolveImport: Resolve = createResolver(root)): ImportGraph {
  const edges = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const text = ts.sys.readFile(join(root, file)) ?? '';
    const targets = ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => resolveImport(fileName, file));
    edges.set(file, [...new Set(targets.filter((target) => target !== null))]);
  }
  return { edges };
}

function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder))) {
      if (SKIP.has(entry) || entry.startsWith('.')) continue;
      const path = join(folder, entry);
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry) && !entry.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const folder of SOURCE_FOLDERS) if (statSync(join(root, folder), { throwIfNoEntry: false })) walk(folder);
  return files.sort();
}

/** Files that ship in the extension or its CLI: not tests, benches, or lint tooling. */
export function isShipped(file: string): boolean {
  return !file.startsWith('tests/') && !file.startsWith('lint/') && !/\.(test|e2e|bench)\.tsx?$/.test(file);
}

/** Strongly connected groups of more than one file (and files importing themselves): the cycles. */
export function importCycles(graph: ImportGraph): string[][] {
  // Tarjan's algorithm, iterative so deep graphs cannot overflow the stack.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  for (const start of graph.edges.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const targets = graph.edges.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.node);
        if (group.length > 1 || targets.includes(frame.node)) cycles.push(group.sort());
      }
    }
  }
  return cycles;
}
