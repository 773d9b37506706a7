import { globSync, readFileSync, statSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import { dirname, matchesGlob } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Tried in this order for an import without an extension, as the bundler resolves it. */
const SUFFIXES = ['.ts', '.tsx', '/index.ts'];

/**
 * Lets plain Node load the extension's own modules the way the bundler does: `@/` from the
 * repository root, imports without an extension (`./types` is `./types.ts`), JSON without an
 * import attribute, eager `import.meta.glob` (expandGlobImports), and JSX in .tsx files (the report
 * page's components, which the HTML export renders). Node strips the TypeScript types of .ts
 * files itself. Only the repository's own files are touched; packages resolve as Node always
 * resolves them.
 */
export function registerProjectResolution(root: string): void {
  const rootUrl = pathToFileURL(`${root}/`).href;
  const ours = (url: string) => url.startsWith(rootUrl) && !url.includes('/node_modules/');
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const aliased = specifier.startsWith('@/') ? new URL(specifier.slice(2), rootUrl).href : specifier;
      const parent = context.parentURL;
      if (parent && ours(parent) && (aliased.startsWith('.') || aliased.startsWith(rootUrl))) {
        const path = fileURLToPath(new URL(aliased, parent));
        const found = isFile(path) ? undefined : SUFFIXES.map((suffix) => path + suffix).find(isFile);
        if (found) return nextResolve(pathToFileURL(found).href, context);
      }
      return nextResolve(aliased, context);
    },
    load(url, context, nextLoad) {
      if (ours(url) && url.endsWith('.json') && context.importAttributes?.type !== 'json') {
        const source = `export default ${readFileSync(fileURLToPath(url), 'utf8')};`;
        return { format: 'module', source, shortCircuit: true };
      }
      if (ours(url) && url.endsWith('.tsx')) {
        const path = fileURLToPath(url);
        const source = expandGlobImports(compileTsx(path, readFileSync(path, 'utf8')), dirname(path));
        return { format: 'module', source, shortCircuit: true };
      }
      const loaded = nextLoad(url, context);
      if (!ours(url) || loaded.format !== 'module-typescript' || loaded.source === undefined || loaded.source === null) return loaded;
      const text = typeof loaded.source === 'string' ? loaded.source : new TextDecoder().decode(loaded.source as Uint8Array);
      return text.includes('import.meta.glob') ? { ...loaded, source: expandGlobImports(text, dirname(fileURLToPath(url))) } : loaded;
    },
  });
}

/**
 * TypeScript + JSX → JavaScript, the way the bundler compiles the components (automatic runtime,
 * Preact). rolldown comes with Vite; it is loaded only when the CLI first needs a component
 * (the HTML export), so other commands start as fast as before.
 */
function compileTsx(path: string, source: string): string {
  transform ??= (createRequire(import.meta.url)('rolldown/utils') as typeof import('rolldown/utils')).transformSync;
  const result = transform(path, source, { lang: 'tsx', jsx: { runtime: 'automatic', importSource: 'preact' } });
  if (result.errors.length > 0) throw new Error(`${path}: ${result.errors.map((error) => error.message).join('; ')}`);
  return result.code;
}
let transform: typeof import('rolldown/utils').transformSync | undefined;

/**
 * An eager glob import (patterns in a literal list, `!` to leave files out) as Vite compiles it:
 * an object of the matching modules keyed by their relative path, in path order. Only the eager
 * form with literal patterns, which is all the project's registries use, so a registry can be
 * "add a file" for the extension and the CLI alike.
 */
export function expandGlobImports(source: string, directory: string): string {
  const call = /import\.meta\.glob(?:<[^()]*?>)?\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")\s*,\s*\{\s*eager:\s*true\s*,?\s*\}\s*\)/g;
  const imports: string[] = [];
  let count = 0;
  const expanded = source.replace(call, (_, list: string) => {
    const patterns = [...list.matchAll(/'([^']*)'|"([^"]*)"/g)].map((match) => match[1] ?? match[2]!);
    const include = patterns.filter((pattern) => !pattern.startsWith('!'));
    const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
    const files = [...new Set(include.flatMap((pattern) => globSync(pattern, { cwd: directory })))]
      .map((file) => (file.startsWith('.') ? file : `./${file}`))
      .filter((file) => !exclude.some((pattern) => matchesGlob(file, pattern)))
      .sort();
    const entries = files.map((file) => {
      const name = `__glob${count++}`;
      imports.push(`import * as ${name} from ${JSON.stringify(file)};`);
      return `${JSON.stringify(file)}: ${name}`;
    });
    return `({ ${entries.join(', ')} })`;
  });
  return `${imports.join(' ')}${expanded}`;
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
