/**
 * The batch bench's baseline, a process of its own as any audit CLI is: for each URL, what
 * @axe-core/cli does (load the page, inject axe.min.js, axe.run), without its WebDriver, then one
 * JSON file of every page's results. Pages come from the same test web the audit CLI's --offline
 * uses, through the same Chromium with the same flags (launchWithoutExtension). Run by
 * audit.bench.ts:
 *
 *   node tests/bench/bare-axe-cli.ts '{"out":"results.json","tags":[…],"context":{…}}' URL…
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { registerProjectResolution } from '../../utils/audit/cli/node-resolution.ts';

const root = resolve(import.meta.dirname, '../..');
registerProjectResolution(root);
const { startTestWeb } = await import('../fixtures/test-web.ts');
const { bareAxeJson, launchWithoutExtension } = await import('./support.ts');

const [settings, ...urls] = process.argv.slice(2);
const { out, tags, context } = JSON.parse(settings ?? '{}') as { out: string; tags: string[]; context: object };
const axeSource = await readFile(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const web = await startTestWeb();
const results: string[] = [];
try {
  const browser = await launchWithoutExtension(web);
  try {
    const page = await browser.context.newPage();
    for (const url of urls) {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      results.push(await bareAxeJson(page, axeSource, tags, context));
    }
  } finally {
    await browser.close();
  }
} finally {
  await web.close();
}
// Each page's results as axe gave them, never parsed: the least work a results file can cost.
await writeFile(out, `[${results.join(',')}]`);
