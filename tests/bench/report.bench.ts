/**
 * Issue 7: what the service-improvement report costs as journeys grow.
 * - building the report and rendering every export (HTML, CSV, SARIF, Markdown) for 500 pages vs
 *   50 pages (synthetic audits, 10 findings each, half of them from a shared template): the cost
 *   should grow about linearly, ≤ 12× for 10× the pages;
 * - the longest main-thread task while the report page opens a 500-page journey imported through
 *   the real path (`audits:import`), against the same page opening a 50-page journey: ≤ 200 ms;
 * - the longest main-thread task while the report page makes that journey's Excel workbook (in its
 *   worker, components/report/export/), against the same export made on the page's own thread
 *   (`&exportThread=page`) in the same run: ≤ 200 ms.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/support/browser.ts';
import { buildReport } from '../../utils/report/build-report.ts';
import { exportFile } from '../../utils/report/export/format.ts';
import { EXPORT_FORMATS } from '../../utils/report/export/registry.ts';
import { syntheticJourney } from '../kits/report/synthetic-audits.ts';
import { reportTranslator } from '../kits/report/i18n.ts';
import { auditsToJson } from '../../utils/report/export/formats/json.ts';
import { measure, median } from './support.ts';
import type { BenchContext, BenchRow } from './types.ts';

const SMALL = 50;
const LARGE = 500;
const SAMPLES = 3;
/** Every format drawn from the report (the JSON export is the audits as they are: no report work). */
const FORMATS = EXPORT_FORMATS.filter((format) => format.content === 'report');
const LONG_TASK_BUDGET_MS = 200;

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  rows.push(
    ...(await measure(
      { name: 'Build and render a 500-page report (all exports), median of 3', unit: 'ms', goal: '≤ 12× the 50-page report' },
      () => renderCost(ctx),
    )),
  );
  rows.push(
    ...(await measure(
      { name: 'Longest task while the report page opens a 500-page journey', unit: 'ms', goal: `≤ ${LONG_TASK_BUDGET_MS} ms` },
      () => openCost(ctx),
    )),
  );
  rows.push(...(await measure({ name: EXCEL_ROW, unit: 'ms', goal: `≤ ${LONG_TASK_BUDGET_MS} ms` }, () => excelCost(ctx))));
  return rows;
}

async function renderCost(ctx: BenchContext): Promise<BenchRow[]> {
  const t = reportTranslator('ko', ctx.root);
  const sources: Record<number, ReturnType<typeof syntheticJourney>> = {
    [SMALL]: syntheticJourney(SMALL),
    [LARGE]: syntheticJourney(LARGE),
  };
  const once = async (pages: number) => {
    const { journey, pages: audits } = sources[pages]!;
    const started = performance.now();
    const report = buildReport({ kind: 'journey', journey, pages: audits });
    for (const format of FORMATS) await exportFile(format, { report, t, language: 'ko', dir: 'ltr', journeys: [journey], pages: audits });
    return performance.now() - started;
  };
  // Warm the JIT on both sizes first, then alternate so drift on the shared machine hits both.
  await once(SMALL);
  await once(LARGE);
  const times: Record<number, number[]> = { [SMALL]: [], [LARGE]: [] };
  for (let sample = 0; sample < SAMPLES; sample++) {
    ctx.log(`  render, sample ${sample + 1}/${SAMPLES}`);
    times[SMALL]!.push(await once(SMALL));
    times[LARGE]!.push(await once(LARGE));
  }
  const small = median(times[SMALL]!);
  const large = median(times[LARGE]!);
  return [
    {
      name: 'Build and render a 500-page report (all exports), median of 3',
      value: Math.round(large),
      baseline: Math.round(small),
      unit: 'ms',
      goal: '≤ 12× the 50-page report',
      pass: large / small <= 12,
      note: `baseline: the same work for a 50-page journey in the same run; ratio ${(large / small).toFixed(1)}× for 10× the pages (≈10 findings a page).`,
    },
  ];
}

async function openCost(ctx: BenchContext): Promise<BenchRow[]> {
  const session = await launchWithExtension();
  try {
    const longest: Record<number, number[]> = { [SMALL]: [], [LARGE]: [] };
    const counts: Record<number, number[]> = { [SMALL]: [], [LARGE]: [] };
    const importer = await session.openExtensionPage('sidepanel.html');
    for (const pages of [SMALL, LARGE]) {
      const { journey, pages: audits } = syntheticJourney(pages);
      const file = JSON.parse(auditsToJson([journey], audits)) as unknown;
      const reply = (await importer.evaluate(
        (payload) => chrome.runtime.sendMessage({ dotbogi: 1, type: 'audits:import', payload: { file: payload } }),
        file,
      )) as {
        ok: boolean;
        error?: { message: string };
      };
      if (!reply.ok) throw new Error(`import failed: ${reply.error?.message}`);
    }
    await importer.close();
    for (let sample = 0; sample < SAMPLES; sample++) {
      for (const pages of [SMALL, LARGE]) {
        ctx.log(`  open ${pages}-page report, sample ${sample + 1}/${SAMPLES}`);
        const page = await session.context.newPage();
        const tasks = await openAndWatch(page, `chrome-extension://${session.extensionId}/report.html?journey=journey-${pages}`);
        longest[pages]!.push(Math.max(0, ...tasks));
        counts[pages]!.push(tasks.length);
        await page.close();
      }
    }
    const large = median(longest[LARGE]!);
    const small = median(longest[SMALL]!);
    return [
      {
        name: 'Longest task while the report page opens a 500-page journey',
        value: Math.round(large),
        baseline: Math.round(small),
        unit: 'ms',
        goal: `≤ ${LONG_TASK_BUDGET_MS} ms`,
        pass: large <= LONG_TASK_BUDGET_MS,
        note:
          `baseline: the same page opening a 50-page journey in the same run. Journeys imported through audits:import; ` +
          `PerformanceObserver "longtask" (buffered) from navigation until the last section (coverage) is shown and 1 s after. ` +
          `Long tasks per open (median): ${median(counts[LARGE]!)} for 500 pages, ${median(counts[SMALL]!)} for 50. ` +
          `Load average during the run: ${loadavg()[0]!.toFixed(1)} on ${navigatorCores()} cores (tasks stretch with it).`,
      },
    ];
  } finally {
    await session.close();
  }
}

const EXCEL_ROW = 'Longest main-thread task while the report page makes a 500-page journey’s Excel workbook';

async function excelCost(ctx: BenchContext): Promise<BenchRow[]> {
  const session = await launchWithExtension();
  try {
    const { journey, pages: audits } = syntheticJourney(LARGE);
    const importer = await session.openExtensionPage('sidepanel.html');
    const reply = (await importer.evaluate(
      (payload) => chrome.runtime.sendMessage({ dotbogi: 1, type: 'audits:import', payload: { file: payload } }),
      JSON.parse(auditsToJson([journey], audits)) as unknown,
    )) as { ok: boolean; error?: { message: string } };
    if (!reply.ok) throw new Error(`import failed: ${reply.error?.message}`);
    await importer.close();
    const longest: Record<'worker' | 'page', number[]> = { worker: [], page: [] };
    const took: Record<'worker' | 'page', number[]> = { worker: [], page: [] };
    for (let sample = 0; sample < SAMPLES; sample++) {
      for (const thread of ['page', 'worker'] as const) {
        ctx.log(`  Excel export on the ${thread === 'page' ? "page's thread" : 'worker'}, sample ${sample + 1}/${SAMPLES}`);
        const page = await session.context.newPage();
        const base = `chrome-extension://${session.extensionId}/report.html?journey=${journey.id}`;
        const measured = await exportAndWatch(page, thread === 'page' ? `${base}&exportThread=page` : base);
        longest[thread].push(measured.longest);
        took[thread].push(measured.took);
        await page.close();
      }
    }
    const value = median(longest.worker);
    const baseline = median(longest.page);
    return [
      {
        name: EXCEL_ROW,
        value: Math.round(value),
        baseline: Math.round(baseline),
        unit: 'ms',
        goal: `≤ ${LONG_TASK_BUDGET_MS} ms`,
        pass: value <= LONG_TASK_BUDGET_MS,
        note:
          `baseline: the same export made on the page's own thread (&exportThread=page) in the same run; ratio ${(value / Math.max(1, baseline)).toFixed(2)}×. ` +
          `PerformanceObserver "longtask" from the press of ‘엑셀 (품질인증 표)’ until the file is saved. ` +
          `Press to file (median): ${Math.round(median(took.worker))} ms in the worker, ${Math.round(median(took.page))} ms on the page. ` +
          `Load average during the run: ${loadavg()[0]!.toFixed(1)} on ${navigatorCores()} cores.`,
      },
    ];
  } finally {
    await session.close();
  }
}

/** Opens the report, presses the Excel button, and returns the longest task from the press until the file is saved. */
async function exportAndWatch(page: Page, url: string): Promise<{ longest: number; took: number }> {
  await page.goto(url);
  await page.getByRole('heading', { level: 2, name: '검사 범위' }).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { dotbogiTasks: number[] }).dotbogiTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    page.getByRole('button', { name: '엑셀 (품질인증 표)' }).click(),
  ]);
  const took = Date.now() - started;
  await page.waitForTimeout(200);
  const tasks = await page.evaluate(() => (window as unknown as { dotbogiTasks: number[] }).dotbogiTasks);
  return { longest: Math.max(0, ...tasks), took };
}

function navigatorCores(): number {
  return availableParallelism();
}

/** Opens the report and returns the durations of every long task until it has settled. */
async function openAndWatch(page: Page, url: string): Promise<number[]> {
  await page.goto(url);
  // The report appears a section at a time: wait for the last one (coverage), then let it settle.
  await page.getByRole('heading', { level: 2, name: '검사 범위' }).waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1000);
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const durations: number[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) durations.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });
        setTimeout(() => resolve(durations), 200);
      }),
  );
}
