import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useReportT } from './use-report-t';
import { useProgressive } from './use-progressive';

/** Items rendered per task while a page of a list appears. */
const RENDER_STEP = 2;

/**
 * Long lists render a page at a time ("Show more"), so a 500-page journey's thousands of
 * findings never render in one long task. The count is announced when it grows.
 */
export function usePaging(pageSize: number): { shown: number; more: () => void } {
  const [shown, setShown] = useState(pageSize);
  return { shown, more: () => setShown((count) => count + pageSize) };
}

export function MoreControls({ shown, total, more }: { shown: number; total: number; more: () => void }) {
  const { t, static: all } = useReportT();
  if (total <= 0 || all) return null;
  return (
    <>
      <p role="status" aria-live="polite">
        {t('findings.shown', { shown: Math.min(shown, total), total })}
      </p>
      {shown < total && (
        <button type="button" class="no-print" onClick={more}>
          {t('findings.showMore')}
        </button>
      )}
    </>
  );
}

export function PagedList<T>({
  items,
  pageSize,
  render,
  list,
}: {
  items: readonly T[];
  pageSize: number;
  render: (item: T, index: number) => ComponentChildren;
  /** Wrap the items (not the controls) in a list element. */
  list?: 'ul' | 'ol';
}) {
  const { shown, more } = usePaging(pageSize);
  // The standalone file shows every item: it has no "더 보기" button to press.
  const all = useReportT().static;
  const rendered = useProgressive(all ? items.length : Math.min(shown, items.length), RENDER_STEP);
  const visible = items.slice(0, rendered).map((item, index) => render(item, index));
  const List = list;
  return (
    <>
      {List ? <List>{visible}</List> : visible}
      {items.length > pageSize && <MoreControls shown={shown} total={items.length} more={more} />}
    </>
  );
}
