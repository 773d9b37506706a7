import type { Journey, StoredPageAudit } from '@/utils/audit/types';
import type { ReportSource, StepSource } from '@/utils/report/build-report';
import type { FrictionSignal } from '@/utils/report/types';
import { problemOf } from '@/utils/audit/problem';

/** Where the report page gets audits from (the background's audit store, or a fake in tests). */
export interface AuditLoader {
  page(id: string): Promise<StoredPageAudit>;
  journey(id: string): Promise<Journey | null>;
  /** Overlay users' opt-in friction signals on this device (none when absent or unavailable). */
  signals?(): Promise<FrictionSignal[]>;
}

/**
 * What the report page was opened with: `?audit=<id>` or `?journey=<id>`, and `&compare=<id>` (the
 * earlier audit), which is of the same kind unless `&compareKind=page|journey` says otherwise (the
 * side panel's picker compares a journey with a one-page audit too).
 */
export interface ReportParams {
  kind: 'page' | 'journey';
  id: string;
  compare: string | null;
  compareKind?: 'page' | 'journey';
  /** `&exportThread=page`: every export made on the page's own thread, as before workers — the report bench's baseline. */
  exportsOnPage?: true;
}

export function readParams(search: string): ReportParams | null {
  const params = new URLSearchParams(search);
  const journey = params.get('journey');
  const audit = params.get('audit');
  const compare = params.get('compare');
  const given = params.get('compareKind');
  const options: Pick<ReportParams, 'compareKind' | 'exportsOnPage'> = {
    ...(given === 'page' || given === 'journey' ? { compareKind: given } : {}),
    ...(params.get('exportThread') === 'page' ? { exportsOnPage: true } : {}),
  };
  if (journey) return { kind: 'journey', id: journey, compare, ...options };
  if (audit) return { kind: 'page', id: audit, compare, ...options };
  return null;
}

/** Page audits fetched a few at a time: many small messages keep the page responsive. */
const IN_FLIGHT = 4;

/** `onProgress(done, total)` hears of every page audit that arrived. */
export async function loadSource(
  loader: AuditLoader,
  kind: ReportParams['kind'],
  id: string,
  onProgress?: (done: number, total: number) => void,
): Promise<ReportSource> {
  if (kind === 'page') return { kind, audit: await loader.page(id) };
  const journey = await loader.journey(id);
  if (!journey) throw new Error(`journey ${id} not found`);
  const pages: StepSource[] = new Array(journey.pages.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < journey.pages.length) {
      const index = next++;
      // A step whose record is missing or unreadable is shown as "검사하지 못함" with why, not dropped.
      // Why, as data when the background said (deleted, missing, unreadable schema), so it is worded in the reader's language.
      pages[index] = await loader.page(journey.pages[index]!).catch((error: unknown): StepSource => {
        const problem = problemOf(error);
        return { notAudited: true, url: '', reason: error instanceof Error ? error.message : String(error), ...(problem && { problem }) };
      });
      onProgress?.(++done, journey.pages.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, journey.pages.length) }, worker));
  return { kind, journey, pages };
}
