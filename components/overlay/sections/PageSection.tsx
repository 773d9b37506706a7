import { useMemo } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { useHighlightLayer } from '@/components/overlay/layer';
import { useOverlay } from '@/components/overlay/overlay-context';
import { summarizePage, type SummaryItem } from '@/utils/overlay/page-summary';
import type { OverlaySection } from './section';
import { ShowButton } from './ShowButton';

/** 이 페이지에서 할 수 있는 일: what this page is, where the user is, and what it offers. */
function PageSection() {
  const { t } = useT('overlay');
  const { win, pageKey } = useOverlay();
  const layer = useHighlightLayer();
  // Read the page only now that someone opened this section, never at mount.
  const summary = useMemo(() => summarizePage(win.document), [win, pageKey]);

  return (
    <div class="section-body">
      <p>
        <span class="muted">{t('page.youAreOn')}</span> <strong class="page-title">{summary.title}</strong>
      </p>
      {summary.breadcrumb.length > 0 && (
        <p>
          <span class="muted">{t('page.whereAmI')}</span> {summary.breadcrumb.join(' › ')}
        </p>
      )}
      <h4>{t('page.actions')}</h4>
      <ItemList items={summary.actions} empty={t('page.noActions')} quote />
      {summary.forms.length > 0 && (
        <>
          <h4>{t('page.forms')}</h4>
          <ul class="items">
            {summary.forms.map((form, index) => {
              const name = form.text || t('page.formUnnamed', { number: index + 1 });
              return (
                <li key={index}>
                  <span>
                    {name}
                    <br />
                    <span class="muted">
                      {t('page.fieldCount', { count: form.fieldCount })}
                      {form.requiredCount > 0 && ` · ${t('page.requiredCount', { count: form.requiredCount })}`}
                    </span>
                  </span>
                  <ShowButton element={form.element} name={name} />
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h4>{t('page.headings')}</h4>
      <ItemList items={summary.headings} empty={t('page.noHeadings')} />
      <button type="button" class="secondary" onClick={() => layer.clearHighlight()}>
        {t('page.clearHighlight')}
      </button>
    </div>
  );
}

function ItemList({ items, empty, quote = false }: { items: SummaryItem[]; empty: string; quote?: boolean }) {
  if (items.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="items">
      {items.map((item, index) => (
        <li key={index}>
          <span>{quote ? `「${item.text}」` : item.text}</span>
          <ShowButton element={item.element} name={item.text} />
        </li>
      ))}
    </ul>
  );
}

export const pageSection: OverlaySection = { id: 'page', titleKey: 'page.title', Component: PageSection };
