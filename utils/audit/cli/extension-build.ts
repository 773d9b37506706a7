import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/**
 * The CLI drives the extension's `cli` build: the shipped extension's code plus the `<all_urls>`
 * host permission (see wxt.config.ts), because Playwright cannot click the toolbar icon or accept
 * a permission prompt. That build is for auditors' machines and CI only, never zipped or shipped.
 */
export const CLI_MODE = 'cli';

/** What the extension build reads: a change to any of these makes the build stale. */
const SOURCES = ['entrypoints', 'components', 'utils', 'locales', 'modules', 'public', 'wxt.config.ts', 'package.json'];
/** Node-only code under those folders that no extension context imports (the CLI itself). */
const NOT_IN_EXTENSION = ['utils/audit/cli'];

export function cliExtensionDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env.DOTBOGI_OUT_DIR ?? '.output', `chrome-mv3-${CLI_MODE}`);
}

/** Newest modification time of any file under the given paths (ms since epoch; 0 if none). */
export function newestChange(root: string, paths: readonly string[] = SOURCES): number {
  let newest = 0;
  const skipped = new Set(NOT_IN_EXTENSION.map((path) => join(root, path)));
  const visit = (path: string) => {
    if (!existsSync(path) || skipped.has(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules' && !entry.startsWith('.')) visit(join(path, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

/** True when the build is missing or older than a source file. */
export function needsBuild(root: string, dir: string): boolean {
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return true;
  return newestChange(root) > statSync(manifest).mtimeMs;
}

/** Builds the `cli` extension when it is missing or stale; returns its folder. */
export async function ensureCliExtension(root: string, log: (line: string) => void): Promise<string> {
  const dir = cliExtensionDir(root);
  if (!needsBuild(root, dir)) return dir;
  log('Building the audit build of the extension (wxt build --mode cli)…');
  try {
    await promisify(execFile)(join(root, 'node_modules/.bin/wxt'), ['build', '--mode', CLI_MODE], { cwd: root, env: process.env });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`Building the extension failed:\n${stderr.trim() || String(error)}`);
  }
  return dir;
}
