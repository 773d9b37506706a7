import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumLaunchOptions, findChromium, proxyEverythingTo } from '../../utils/browser/chromium.ts';
import type { TestWeb } from '../fixtures/test-web.ts';
import type { BenchRow } from './types.ts';

/**
 * The baseline browser: the same Chromium, options, profile kind and proxy as
 * launchWithExtension() (tests/e2e/support/browser.ts), only without the extension.
 */
export async function launchWithoutExtension(web: TestWeb): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'dotbogi-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, chromiumLaunchOptions(proxyEverythingTo(web.proxy)));
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The audit CLI as `npm run audit` starts it (package.json's script: its environment variables,
 * the project's Node, its flags, the entry), without npm in between, so a bench measures the CLI's
 * own process.
 */
export function auditCli(root: string): { node: string; args: string[]; env: NodeJS.ProcessEnv } {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { audit: string } }).scripts.audit;
  const words = script.split(/\s+/);
  const start = words.findIndex((word) => !/^[A-Z_]+=/.test(word));
  const [command, ...args] = words.slice(start);
  if (command !== 'node') throw new Error(`package.json's audit script does not start with node: ${script}`);
  const assigned = Object.fromEntries(words.slice(0, start).map((word) => word.split('=')));
  return { node: join(root, 'node_modules/.bin/node'), args, env: { ...process.env, ...assigned } };
}

/**
 * The batch bench's baseline as the issue names it: @axe-core/cli, run with the project's Node.
 * It drives Chromium through ChromeDriver, which its npm dependency would download at install
 * (package.json's allowScripts denies that); Debian's chromium-driver, of the same Chromium
 * release, is used instead.
 */
export function axeCoreCli(root: string, env: NodeJS.ProcessEnv = process.env) {
  const chromedriver = env.CHROMEDRIVER_PATH ?? '/usr/bin/chromedriver';
  if (!existsSync(chromedriver)) {
    throw new Error(
      `@axe-core/cli needs ChromeDriver, and there is none at ${chromedriver}: install Debian's package with ` +
        '`sudo apt-get install -y chromium-driver`, or set CHROMEDRIVER_PATH.',
    );
  }
  const packageDir = join(root, 'node_modules/@axe-core/cli');
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string; bin: { axe: string } };
  return {
    version: manifest.version,
    command: (web: TestWeb, tags: readonly string[]): string[] => [
      join(packageDir, manifest.bin.axe),
      '--chromedriver-path',
      chromedriver,
      '--chrome-path',
      findChromium(env),
      '--axe-source',
      join(root, 'node_modules/axe-core/axe.min.js'),
      '--tags',
      tags.join(','),
      // It splits --chrome-options at commas, so a flag whose value has one cannot be passed.
      `--chrome-options=${[...proxyEverythingTo(web.proxy), ...CHROMIUM_FLAGS].filter((flag) => !flag.includes(',')).join(',')}`,
      '--no-reporter',
    ],
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Runs one measurement; when it throws, returns a failed row saying so instead of losing the
 * other figures of the same bench file.
 */
export async function measure(describe: { name: string; unit: string; goal: string }, run: () => Promise<BenchRow[]>): Promise<BenchRow[]> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    return [{ ...describe, value: Number.NaN, baseline: Number.NaN, pass: false, note: `did not finish: ${message}` }];
  }
}

/**
 * The baseline's audit of a loaded page: axe.min.js injected, then `axe.run` with the given tags
 * and context, each frame on its own as ours. Returned as axe's JSON text: Playwright serialises
 * a big object tree many times slower than a string.
 */
export async function bareAxeJson(page: Page, axeSource: string, tags: readonly string[], context: object): Promise<string> {
  await page.evaluate(axeSource);
  return page.evaluate(
    async ([tags, context]) =>
      JSON.stringify(
        await (window as unknown as { axe: { run(context: object, options: object): Promise<unknown> } }).axe.run(context, {
          runOnly: { type: 'tag', values: tags },
          iframes: false,
        }),
      ),
    [tags, context] as const,
  );
}
