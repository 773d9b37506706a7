import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { ROOT } from './paths';
import { AUDITED, AXE_TAGS } from '../../../utils/audit/axe-options';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export type Bucket = 'violations' | 'passes' | 'incomplete' | 'inapplicable';
const BUCKETS: Bucket[] = ['violations', 'passes', 'incomplete', 'inapplicable'];

/** Each rule's outcome as axe reports it: the buckets it is in, and the targets of its failed and needs-review nodes. */
export interface RuleOutcomes {
  buckets: Record<string, Bucket[]>;
  targets: Record<string, string[]>;
}

export function outcomesOf(results: Pick<AxeResults, Bucket>): RuleOutcomes {
  const buckets: Record<string, Bucket[]> = {};
  const targets: Record<string, string[]> = {};
  for (const bucket of BUCKETS) {
    for (const rule of results[bucket]) {
      (buckets[rule.id] ??= []).push(bucket);
      if (bucket === 'violations' || bucket === 'incomplete')
        (targets[`${rule.id} ${bucket}`] ??= []).push(...rule.nodes.map((node) => JSON.stringify(node.target)));
    }
  }
  for (const list of Object.values(targets)) list.sort();
  return { buckets, targets };
}

/**
 * The reference a user would compare Dotbogi with: axe-core's own axe.min.js in every frame of the
 * page that Dotbogi may enter too (`reachable`), cross-origin frames allowed to answer, and
 * `axe.run` in the top frame with `iframes: true`, the same tags and the same context.
 */
export async function referenceAxe(page: Page, reachable: (url: string) => boolean): Promise<RuleOutcomes> {
  for (const frame of page.frames()) {
    if (frame !== page.mainFrame() && !reachable(frame.url())) continue;
    await frame.evaluate(AXE_SOURCE).catch(() => undefined);
    await frame
      .evaluate(() =>
        (window as unknown as { axe?: { configure(options: object): void } }).axe?.configure({ allowedOrigins: ['<unsafe_all_origins>'] }),
      )
      .catch(() => undefined);
  }
  const results = await page.evaluate(
    async ([tags, context]) =>
      JSON.stringify(
        await (window as unknown as { axe: { run(context: object, options: object): Promise<unknown> } }).axe.run(context, {
          runOnly: { type: 'tag', values: tags },
          iframes: true,
        }),
      ),
    [AXE_TAGS, AUDITED] as const,
  );
  return outcomesOf(JSON.parse(results) as AxeResults);
}

/** The hosts the e2e build may enter (its host permissions), and frames a permitted page wrote itself. */
export function e2eReachable(url: string): boolean {
  if (/^about:/.test(url)) return true;
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'gov.kr' || host.endsWith('.go.kr') || host.endsWith('.gov.kr');
}
