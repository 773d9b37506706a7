/**
 * Two lint rules over the repository's import graph (import-graph.ts):
 * - `dotbogi/shipped-imports-no-tests`: the extension and its CLI import nothing from tests/ —
 *   test kits and tools live there, and must never reach a user.
 * - `dotbogi/no-import-cycle`: no two files import each other, directly or through others, even
 *   by `import type` (a file's dependencies should read as a tree a newcomer can follow).
 */
import { relative } from 'node:path';
import type { Rule } from 'eslint';
import { createResolver, importCycles, isShipped, readImportGraph, type Resolve } from './import-graph.ts';

interface Project {
  resolve: Resolve;
  /** File → the other files of its cycle. */
  cycleOf: Map<string, Set<string>>;
}

// One lint run reads the graph once.
const projects = new Map<string, Project>();
function project(root: string): Project {
  let found = projects.get(root);
  if (!found) {
    const resolveImport = createResolver(root);
    const cycleOf = new Map<string, Set<string>>();
    for (const cycle of importCycles(readImportGraph(root, resolveImport))) for (const file of cycle) cycleOf.set(file, new Set(cycle));
    projects.set(root, (found = { resolve: resolveImport, cycleOf }));
  }
  return found;
}

/** Calls `visit` with every import, re-export and dynamic import of a literal path in the file. */
function importVisitor(visit: (node: Rule.Node, specifier: string) => void): Rule.RuleListener {
  const source = (node: Rule.Node & { source?: unknown }) => {
    const literal = node.source as { type?: string; value?: unknown } | null | undefined;
    if (literal?.type === 'Literal' && typeof literal.value === 'string') visit(node, literal.value);
  };
  return { ImportDeclaration: source, ExportNamedDeclaration: source, ExportAllDeclaration: source, ImportExpression: source };
}

const shippedImportsNoTests: Rule.RuleModule = {
  meta: { type: 'problem', docs: { description: 'Shipped code imports nothing from tests/.' }, schema: [] },
  create(context) {
    const file = relative(context.cwd, context.filename);
    if (!isShipped(file)) return {};
    const { resolve } = project(context.cwd);
    return importVisitor((node, specifier) => {
      const target = resolve(specifier, file);
      if (target && !isShipped(target))
        context.report({ node, message: `Shipped code must not import ${target}: test kits and tools stay in tests/.` });
    });
  },
};

const noImportCycle: Rule.RuleModule = {
  meta: { type: 'problem', docs: { description: 'No import cycles, type-only imports included.' }, schema: [] },
  create(context) {
    const file = relative(context.cwd, context.filename);
    const { resolve, cycleOf } = project(context.cwd);
    const cycle = cycleOf.get(file);
    if (!cycle) return {};
    return importVisitor((node, specifier) => {
      const target = resolve(specifier, file);
      if (target && cycle.has(target))
        context.report({
          node,
          message: `Import cycle: ${target} imports ${file} back (through ${[...cycle].join(', ')}). Move what both need into a module of its own.`,
        });
    });
  },
};

export const dotbogiImports = {
  rules: { 'shipped-imports-no-tests': shippedImportsNoTests, 'no-import-cycle': noImportCycle },
};
