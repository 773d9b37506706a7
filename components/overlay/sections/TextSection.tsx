import { useT } from '@/components/i18n/I18nProvider';
import { useOverlay } from '@/components/overlay/overlay-context';
import type { ContrastMode } from '@/utils/storage/items';
import type { OverlaySection } from './section';

export const ZOOM_STEPS = [100, 125, 150, 175, 200];
const CONTRASTS: ContrastMode[] = ['normal', 'high', 'dark'];

/** 글자 크게 · 화면 대비: the browser's own zoom first, then spacing and contrast stylesheets. */
function TextSection() {
  const { t } = useT('overlay');
  const { site, updateSite, announce, win } = useOverlay();
  const zoom = site.zoomPercent;
  const forcedColors = win.matchMedia?.('(forced-colors: active)').matches ?? false;

  const setZoom = async (percent: number) => {
    await updateSite({ zoomPercent: percent });
    announce(t('text.zoomNow', { percent }));
  };
  const bigger = ZOOM_STEPS.find((step) => step > zoom);
  const smaller = [...ZOOM_STEPS].reverse().find((step) => step < zoom);

  return (
    <div class="section-body">
      <h4 id="dotbogi-zoom-label">{t('text.zoom')}</h4>
      <p class="big-number" aria-live="polite">
        {t('text.zoomNow', { percent: zoom })}
      </p>
      <div class="row" role="group" aria-labelledby="dotbogi-zoom-label">
        <button type="button" disabled={bigger === undefined} onClick={() => bigger && void setZoom(bigger)}>
          {t('text.bigger')}
        </button>
        <button type="button" disabled={smaller === undefined} onClick={() => smaller && void setZoom(smaller)}>
          {t('text.smaller')}
        </button>
        <button type="button" disabled={zoom === 100} onClick={() => void setZoom(100)}>
          {t('text.resetZoom')}
        </button>
      </div>

      <h4>{t('text.spacing')}</h4>
      <button
        type="button"
        class="toggle"
        aria-pressed={site.textSpacing}
        onClick={() => {
          void updateSite({ textSpacing: !site.textSpacing });
          announce(site.textSpacing ? t('text.spacingOff') : t('text.spacingOn'));
        }}
      >
        {t('text.spacingToggle')}
      </button>

      <h4 id="dotbogi-contrast-label">{t('text.contrast')}</h4>
      {forcedColors && <p class="muted">{t('text.forcedColors')}</p>}
      <div class="row" role="group" aria-labelledby="dotbogi-contrast-label">
        {CONTRASTS.map((mode) => (
          <button
            key={mode}
            type="button"
            class="toggle"
            aria-pressed={site.contrast === mode}
            onClick={() => {
              void updateSite({ contrast: mode });
              announce(t(`text.contrastChanged.${mode}`));
            }}
          >
            {t(`text.contrastMode.${mode}`)}
          </button>
        ))}
      </div>
      <p class="muted">{t('text.onlyThisSite')}</p>
    </div>
  );
}

export const textSection: OverlaySection = { id: 'text', titleKey: 'text.title', Component: TextSection };
