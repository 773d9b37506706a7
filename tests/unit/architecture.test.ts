/**
 * ARCHITECTURE.md stays true about where things are: every repository path it names in
 * backticks exists. `<id>`-style placeholders and `*` stand for one path segment and must match
 * at least one file or folder; `{a,b}` names several.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const ROOTS = /^(?:utils|components|entrypoints|locales|tests|modules|lint|\.ci)\//;

/** `entrypoints/{popup,options}/` → both paths. */
function expand(path: string): string[] {
  const braces = /\{([^{}]+)\}/.exec(path);
  if (!braces) return [path];
  return braces[1]!.split(',').flatMap((part) => expand(path.replace(braces[0], part)));
}

/** Whether a path exists, placeholders (`<id>`, `*`) matching any one segment and a name within it. */
function exists(path: string): boolean {
  const segments = path.replace(/\/$/, '').split('/');
  let found = [ROOT];
  for (const segment of segments) {
    const pattern = new RegExp(`^${segment.replace(/[.+?^$()[\]\\]/g, '\\$&').replace(/<[^>]+>|\*/g, '[^/]+')}$`);
    found = found.flatMap((folder) => {
      if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return [];
      return readdirSync(folder)
        .filter((entry) => pattern.test(entry))
        .map((entry) => join(folder, entry));
    });
  }
  return found.length > 0;
}

describe('ARCHITECTURE.md', () => {
  it('names only paths that exist', () => {
    const text = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const paths = [...text.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]!).filter((path) => ROOTS.test(path));
    expect(paths.length).toBeGreaterThan(40);
    const missing = paths.flatMap(expand).filter((path) => !exists(path));
    expect(missing).toEqual([]);
  });
});
