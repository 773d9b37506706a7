import { useT } from '@/components/i18n/I18nProvider';
import { useHighlightLayer } from '@/components/overlay/layer';
import { useOverlay } from '@/components/overlay/overlay-context';

/** "보여주기": scrolls to a page element and points at it on our layer, and says so. */
export function ShowButton({ element, name }: { element: Element; name: string }) {
  const { t } = useT('overlay');
  const layer = useHighlightLayer();
  const { announce, makeRoomFor } = useOverlay();
  return (
    <button
      type="button"
      class="show"
      aria-label={t('page.showItem', { name })}
      onClick={() => {
        layer.highlight(element, { label: name });
        makeRoomFor?.(element);
        announce(t('page.showing', { name }));
      }}
    >
      {t('page.show')}
    </button>
  );
}
