import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { useOverlay } from '@/components/overlay/overlay-context';
import type { OverlaySection } from '@/components/overlay/sections/section';
import { send } from '@/utils/messaging/send';
import { guideProgressItem } from '@/utils/storage/items';
import type { Guide } from '@/utils/guides/schema';
import { startProgress, type GuideProgress } from '@/utils/guides/runner';
import { FrictionSettings } from './FrictionSettings';
import guidesCss from './guides.css?inline';

/** 도와 드릴 일: the guides that apply to this site, each started (or resumed) with one button. */
export function GuidesSection() {
  const { t } = useT('guides');
  const { runtime, win, pageKey, announce } = useOverlay();
  const [guides, setGuides] = useState<Guide[] | null>(null);
  const [progress, setProgress] = useState<GuideProgress | null>(null);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    send(runtime, 'guides:list', { url: win.location.href })
      .then((listing) => setGuides(listing.guides))
      .catch(() => setGuides([]));
  }, [runtime, win, pageKey]);
  useEffect(() => {
    void guideProgressItem.getValue().then(setProgress);
    return guideProgressItem.watch((value) => setProgress(value ?? null));
  }, []);

  const start = async (guide: Guide) => {
    const runId = Array.from(win.crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    const title = t(guide.title);
    // The guide card takes over: close the panel first (as Esc does), so the page is free to use
    // and closing does not clear the highlight the guide is about to draw.
    body.current?.getRootNode().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await send(runtime, 'guide:progress', { progress: startProgress(guide, Date.now(), runId) });
    announce(t('section.started', { title }));
  };

  return (
    <div class="section-body" ref={body}>
      <style>{guidesCss}</style>
      <p>{t('section.intro')}</p>
      {guides === null ? null : guides.length === 0 ? (
        <p>{t('section.none')}</p>
      ) : (
        <ul class="guides-list">
          {guides.map((guide) => (
            <li key={guide.id}>
              <span class="guide-title">{t(guide.title)}</span>
              <span>{t(guide.summary)}</span>
              <span class="muted">{t('section.stepCount', { n: guide.steps.length })}</span>
              <button
                type="button"
                onClick={() => void start(guide)}
                aria-label={`${t(guide.title)}: ${progress?.guideId === guide.id ? t('section.restart') : t('section.start')}`}
              >
                {progress?.guideId === guide.id ? t('section.restart') : t('section.start')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FrictionSettings />
    </div>
  );
}

export const guidesSection: OverlaySection = {
  id: 'guides',
  titleKey: 'guides:section.title',
  Component: GuidesSection,
  prominent: 'tasks',
};
