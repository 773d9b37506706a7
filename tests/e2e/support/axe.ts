/**
 * Serious or critical axe violations in our own UI, the floor every e2e test holds it to. On a web
 * page only the overlay's part named by `scope` inside <dotbogi-overlay> is judged (the page's own
 * problems are not ours); on an extension page, the whole document, with axe loaded from the
 * extension itself (its pages refuse scripts from anywhere else).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './paths';

export interface AxeProblem {
  id: string;
  targets: unknown[];
}

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** The overlay's UI on a web page: `.dotbogi-root` (launcher and panel) unless told otherwise. */
export async function overlayAxeProblems(page: Page, scope = '.dotbogi-root'): Promise<AxeProblem[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return seriousIn(page, [['dotbogi-overlay', scope]]);
}

/** An extension page (side panel, report, options …) as a whole. */
export async function extensionPageAxeProblems(page: Page): Promise<AxeProblem[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/content-scripts/axe.min.js' });
  return seriousIn(page, null);
}

function seriousIn(page: Page, include: string[][] | null): Promise<AxeProblem[]> {
  return page.evaluate(async (include) => {
    type Result = { violations: { id: string; impact?: string | null; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
    const result = await axe.run(include ? { include } : document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }));
  }, include);
}
