import { readFileSync, statSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Tried in this order for an import without an extension, as the bundler resolves it. */
const SUFFIXES = ['.ts', '.tsx', '/index.ts'];

/**
 * Lets plain Node load the extension's own modules the way the bundler does: `@/` from the
 * repository root, imports without an extension (`./types` is `./types.ts`), JSON without an
 * import attribute. Node strips the TypeScript types itself. Only the repository's own files are
 * touched; packages resolve as Node always resolves them.
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
      return nextLoad(url, context);
    },
  });
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
