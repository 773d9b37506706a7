/**
 * Issue 4: what the overlay costs the pages it runs on.
 * - its scripts' sizes (gzip) against their budgets: the boot, on every government page load,
 *   and the full overlay, injected on first use (modules/overlay-budget.ts);
 * - main-thread work to load the demo home page with the extension (launcher shown) vs the same
 *   Chromium without the extension;
 * - long tasks on a 20,000-element government page (mount, then opening the panel), with vs without;
 * - issue 18: long tasks while 쉬운 글 보기 (the easy-read view) opens on that page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/support/browser.ts';
import { startTestWeb } from '../fixtures/test-web.ts';
import { BIG_PAGE_FILE, bigPageHtml } from '../fixtures/bench/big-page.ts';
import { launchWithoutExtension, measure, median } from './support.ts';
import type { BenchContext, BenchRow } from './types.ts';
import { OVERLAY_SCRIPTS } from '../../modules/overlay-budget.ts';

const SAMPLES = 7;
// Odd, so the median count of long tasks is a whole number (parsing 20,000 elements is one long task, or not).
const BIG_SAMPLES = 3;
/** Long enough for the overlay to mount on this slow shared machine; idle time adds no task time. */
const SETTLE_MS = 2000;
const LAUNCHER = /돋보기/;
/** The panel section and its button that open 쉬운 글 보기 (Korean: the bench browser's locale). */
const EASY_READ_SECTION = '쉬운 글로 읽기';
const EASY_READ_OPEN = '쉬운 글로 보기';
/** Finding the text of 20,000 elements in slices, and drawing it, takes a few seconds on this machine. */
const EASY_READ_SETTLE_MS = 5000;
/** Serves tests/fixtures/bench under a government host, where the overlay is on by default. */
const BENCH_HOST = 'bench.gov.kr';

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  writeFileSync(join(ctx.root, 'tests/fixtures/bench', BIG_PAGE_FILE), bigPageHtml());
  const rows: BenchRow[] = overlaySizes(ctx);
  const web = await startTestWeb({ hosts: { [BENCH_HOST]: 'bench' } });
  const withExtension = await launchWithExtension({ web });
  const without = await launchWithoutExtension(web);
  try {
    const mountFigure = {
      name: `Main-thread work to load the demo home page (script + style + layout), median of ${SAMPLES}`,
      unit: 'ms',
      goal: '≤ 16 ms more than without the extension',
    };
    rows.push(
      ...(await measure(mountFigure, async () => {
        const home = web.url('demo.gov.kr', '/before/index.html');
        const work = { with: [] as MainThreadWork[], without: [] as MainThreadWork[] };
        // One unmeasured load each first: a fresh profile's first page pays for cold caches
        // (and the extension's for starting its service worker), which no later page load does.
        await mainThreadWork(withExtension.context, home);
        await mainThreadWork(without.context, home);
        for (let sample = 0; sample < SAMPLES; sample++) {
          ctx.log(`  demo home, sample ${sample + 1}/${SAMPLES}`);
          // Alternate which browser goes first so drift on the shared machine hits both equally.
          const order = sample % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const);
          for (const which of order)
            work[which].push(await mainThreadWork(which === 'with' ? withExtension.context : without.context, home));
        }
        const mounted = work.with.every((sample) => sample.launcher);
        const withScript = median(work.with.map((sample) => sample.scriptMs));
        const withoutScript = median(work.without.map((sample) => sample.scriptMs));
        return [
          {
            ...mountFigure,
            value: withScript,
            baseline: withoutScript,
            pass: mounted && withScript - withoutScript <= 16,
            note:
              `baseline: the same page in the same Chromium without the extension, alternating, CDP Performance.getMetrics ` +
              `(ScriptDuration + RecalcStyleDuration + LayoutDuration) ${SETTLE_MS} ms after load; extra = ${(withScript - withoutScript).toFixed(1)} ms. ` +
              `Whole main-thread task time: ${median(work.with.map((sample) => sample.taskMs)).toFixed(0)} vs ${median(work.without.map((sample) => sample.taskMs)).toFixed(0)} ms.` +
              (mounted ? '' : ' The launcher did not appear in every sample: the figure does not cover a mounted overlay.'),
          },
        ];
      })),
    );

    const longestFigure = {
      name: `Longest main-thread task after load on a 20,000-element page (overlay mount + opening the panel), median of up to ${BIG_SAMPLES}`,
      unit: 'ms',
      goal: 'no task over 50 ms attributable to the extension',
    };
    rows.push(
      ...(await measure(longestFigure, async () => {
        const big = web.url(BENCH_HOST, `/${BIG_PAGE_FILE}`);
        const tasks = { with: [] as LongTasks[], without: [] as LongTasks[] };
        const lost: string[] = [];
        for (let sample = 0; sample < BIG_SAMPLES; sample++) {
          ctx.log(`  20,000-element page, sample ${sample + 1}/${BIG_SAMPLES}`);
          // A renderer lost under memory pressure on the shared machine loses that sample, not the figure.
          const pair = await pairOfSamples(withExtension.context, without.context, big).catch((error: unknown) => {
            lost.push(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
            return null;
          });
          if (pair) {
            tasks.with.push(pair[0]);
            tasks.without.push(pair[1]);
          }
        }
        if (tasks.with.length === 0) throw new Error(`every sample failed: ${lost.join('; ')}`);
        const longestWith = median(tasks.with.map((sample) => sample.longestAfterLoad));
        const longestWithout = median(tasks.without.map((sample) => sample.longestAfterLoad));
        const panelOpened = tasks.with.every((sample) => sample.panelOpened);
        return [
          {
            ...longestFigure,
            value: longestWith,
            baseline: longestWithout,
            pass: panelOpened && longestWith <= Math.max(50, longestWithout),
            note:
              'the page has no script of its own, so a long task after its load event comes from an extension; baseline: the same page, ' +
              `same waits, without the extension (PerformanceObserver "longtask", buffered). Long tasks over the whole load: ` +
              `${median(tasks.with.map((sample) => sample.count))} with vs ${median(tasks.without.map((sample) => sample.count))} without.` +
              (panelOpened ? '' : ' The panel did not open in every sample.') +
              (lost.length ? ` ${lost.length} sample(s) lost: ${lost.join('; ')}.` : ''),
          },
          {
            name: `Longest main-thread task while 쉬운 글 보기 opens on the 20,000-element page (panel section → view drawn), median of up to ${BIG_SAMPLES}`,
            unit: 'ms',
            goal: 'no task over 50 ms attributable to the extension',
            value: median(tasks.with.map((sample) => sample.longestDuringEasyRead)),
            baseline: median(tasks.without.map((sample) => sample.longestDuringEasyRead)),
            pass:
              tasks.with.every((sample) => sample.easyReadOpened) &&
              median(tasks.with.map((sample) => sample.longestDuringEasyRead)) <=
                Math.max(50, median(tasks.without.map((sample) => sample.longestDuringEasyRead))),
            note:
              `from the press on 「${EASY_READ_OPEN}」 to ${EASY_READ_SETTLE_MS / 1000} s later: injecting the easy-read script, finding the main text ` +
              '(the page is over Readability’s element limit, so the largest region is read in 8 ms slices), drawing the view; baseline: the same ' +
              'window of time without the extension.' +
              (tasks.with.every((sample) => sample.easyReadOpened) ? '' : ' The view did not finish in every sample.'),
          },
          {
            name: `Long tasks (> 50 ms) during the whole load of the 20,000-element page, median of up to ${BIG_SAMPLES}`,
            value: median(tasks.with.map((sample) => sample.count)),
            baseline: median(tasks.without.map((sample) => sample.count)),
            unit: 'tasks',
            goal: 'no more than without the extension',
            pass: median(tasks.with.map((sample) => sample.count)) <= median(tasks.without.map((sample) => sample.count)),
            note: 'parsing and laying out 20,000 elements is itself a long task; this counts what the extension adds on top.',
          },
        ];
      })),
    );
  } finally {
    await withExtension.close();
    await without.close();
    await web.close();
  }
  return rows;
}

function overlaySizes(ctx: BenchContext): BenchRow[] {
  return OVERLAY_SCRIPTS.map((script) => {
    const bytes = readFileSync(join(ctx.extensionDir, script.file));
    const kb = gzipSync(bytes, { level: 9 }).length / 1024;
    return {
      name: `${script.name}: script size, gzip`,
      value: kb,
      baseline: script.budgetKiB,
      unit: 'KiB',
      goal: `≤ ${script.budgetKiB} KiB (its budget; the issue's 60 kB goal applies to each)`,
      pass: kb <= script.budgetKiB,
      note: `the baseline is the budget, not a measurement; ${(bytes.length / 1024).toFixed(1)} KiB before gzip; locale data comes from the background on demand.`,
    };
  });
}

interface MainThreadWork {
  scriptMs: number;
  taskMs: number;
  launcher: boolean;
}

async function mainThreadWork(context: BrowserContext, url: string): Promise<MainThreadWork> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    // A fixed wait, not a polling wait: Playwright's polling would itself add main-thread tasks.
    await page.waitForTimeout(SETTLE_MS);
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));
    const seconds = (name: string) => metrics[name] ?? 0;
    return {
      scriptMs: (seconds('ScriptDuration') + seconds('RecalcStyleDuration') + seconds('LayoutDuration')) * 1000,
      taskMs: (seconds('TaskDuration') - seconds('DevToolsCommandDuration')) * 1000,
      launcher: (await page.getByRole('button', { name: LAUNCHER }).count()) > 0,
    };
  } finally {
    await page.close();
  }
}

interface LongTasks {
  count: number;
  longestAfterLoad: number;
  panelOpened: boolean;
  /** The longest task from the press that opens 쉬운 글 보기 on (or the same moment without the extension). */
  longestDuringEasyRead: number;
  easyReadOpened: boolean;
}

async function longTasks(context: BrowserContext, url: string, openPanel: boolean): Promise<LongTasks> {
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    let panelOpened = false;
    if (openPanel) panelOpened = await openOverlayPanel(page);
    else await page.waitForTimeout(SETTLE_MS);
    const easyReadFrom = await page.evaluate(() => performance.now());
    let easyReadOpened = false;
    if (openPanel && panelOpened) easyReadOpened = await openEasyRead(page);
    else await page.waitForTimeout(EASY_READ_SETTLE_MS);
    return await page.evaluate(
      ({ opened, from, easyRead }) => {
        const loadEnd = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
        const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
        const after = tasks.filter((task) => task.start >= loadEnd).map((task) => task.duration);
        const during = tasks.filter((task) => task.start >= from).map((task) => task.duration);
        return {
          count: tasks.length,
          longestAfterLoad: Math.max(0, ...after),
          panelOpened: opened,
          longestDuringEasyRead: Math.max(0, ...during),
          easyReadOpened: easyRead,
        };
      },
      { opened: panelOpened, from: easyReadFrom, easyRead: easyReadOpened },
    );
  } finally {
    await page.close();
  }
}

async function openOverlayPanel(page: Page): Promise<boolean> {
  const launcher = page.getByRole('button', { name: LAUNCHER });
  if ((await launcher.count()) === 0) return false;
  // Trusted input straight from the browser, then a fixed wait (no polling, see mainThreadWork).
  const box = await launcher.boundingBox();
  if (!box) return false;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(SETTLE_MS);
  return (await page.getByRole('dialog').count()) > 0;
}

/** Opens 쉬운 글 보기 from the open panel with trusted clicks, then waits a fixed time (no polling). */
async function openEasyRead(page: Page): Promise<boolean> {
  for (const name of [EASY_READ_SECTION, EASY_READ_OPEN]) {
    const button = page.getByRole('button', { name, exact: true });
    // The panel scrolls: bring the button into its view first, as a person would.
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    if (!box) return false;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    if (name === EASY_READ_SECTION) await page.waitForTimeout(300);
  }
  await page.waitForTimeout(EASY_READ_SETTLE_MS);
  return (await page.locator('dotbogi-overlay .easy-read article:not([aria-busy])').count()) > 0;
}

async function pairOfSamples(withExtension: BrowserContext, without: BrowserContext, url: string) {
  const side = (name: string) => (error: unknown) => {
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  };
  return [
    await longTasks(withExtension, url, true).catch(side('with the extension')),
    await longTasks(without, url, false).catch(side('without')),
  ] as const;
}
