import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium } from '../e2e/support/chromium.ts';
import { CHROMIUM_FLAGS } from '../e2e/support/browser.ts';
import type { TestWeb } from '../fixtures/test-web.ts';
import type { BenchRow } from './types.ts';

/**
 * The baseline browser: the same Chromium, flags, profile kind and proxy as
 * launchWithExtension() (tests/e2e/support/browser.ts), only without the extension.
 */
export async function launchWithoutExtension(web: TestWeb): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'dotbogi-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    locale: 'ko-KR',
    viewport: { width: 1280, height: 900 },
    args: [`--proxy-server=${web.proxy}`, '--proxy-bypass-list=<-loopback>', ...CHROMIUM_FLAGS],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
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
