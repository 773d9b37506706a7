import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { useOverlay } from '@/components/overlay/overlay-context';
import { useHighlightLayer } from '@/components/overlay/layer';
import { send } from '@/utils/messaging/send';
import { guideProgressItem } from '@/utils/storage/items';
import type { Guide, GuideStep } from '@/utils/guides/schema';
import { matchFingerprint, waitForMatch } from '@/utils/guides/matcher';
import {
  completesStep,
  goBack,
  goToStep,
  isResumable,
  pageTest,
  resolveStep,
  startProgress,
  stepIndex,
  type GuideProgress,
} from '@/utils/guides/runner';
import type { FrictionKind } from '@/utils/guides/friction';
import { chunkText } from '@/utils/speech/chunk';
import { createReader, type SynthLike, type UtteranceLike } from '@/utils/speech/reader';
import { loadVoices, pickVoice, type VoiceLike } from '@/utils/speech/voices';
import { StepCard, type AnchorState } from './StepCard';
import { readScreen, screenSize, toScreenRect } from '@/components/overlay/screen';
import guidesCss from './guides.css?inline';

/** How many later steps a user action may jump ahead to (they went ahead of the guide). */
const LOOK_AHEAD = 3;

/**
 * The guide the user follows, on top of the page: always mounted with the overlay (so a guide
 * survives page loads, pop-up windows and restarts), drawing nothing until a guide is active.
 * Progress lives in storage (written by the background); this component only reads the page.
 */
export function GuideRunner() {
  const { runtime, win, pageKey, settings } = useOverlay();
  const layer = useHighlightLayer();
  const { t, language, dir } = useT('guides');
  const [progress, setProgress] = useState<GuideProgress | null | undefined>(undefined);
  const [guides, setGuides] = useState<Guide[] | null>(null);
  const [anchor, setAnchor] = useState<{ state: AnchorState; element: Element | null }>({ state: 'searching', element: null });
  const [announcement, setAnnouncement] = useState('');
  const [reading, setReading] = useState(false);
  const [focusCard, setFocusCard] = useState(false);
  const doc = win.document;

  useEffect(() => {
    void guideProgressItem.getValue().then(setProgress);
    return guideProgressItem.watch((value) => setProgress(value ?? null));
  }, []);
  // Most page loads have no guide running: ask the background for guides only when one is.
  const activeGuideId = progress?.guideId;
  useEffect(() => {
    if (!activeGuideId) return;
    send(runtime, 'guides:list', { url: win.location.href })
      .then((listing) => setGuides(listing.guides))
      .catch(() => setGuides([]));
  }, [runtime, win, pageKey, activeGuideId]);

  const guide = guides?.find((candidate) => candidate.id === progress?.guideId);
  const index = guide && progress ? stepIndex(guide, progress.stepId) : -1;
  const step: GuideStep | undefined = guide?.steps[index];
  const here = () => pageTest(new URL(win.location.href), doc);

  const save = (next: GuideProgress | null) => {
    setProgress(next);
    return send(runtime, 'guide:progress', { progress: next }).catch(() => undefined);
  };
  const friction = (kind: FrictionKind, stepId: string, ms?: number) => {
    if (!progress || !guide) return;
    void send(runtime, 'guide:friction', { runId: progress.runId, guideId: guide.id, stepId, kind, ...(ms !== undefined && { ms }) }).catch(
      () => undefined,
    );
  };
  const moveTo = (target: number) => {
    if (!progress || !guide) return;
    const now = Date.now();
    friction('step-time', progress.stepId, now - progress.stepStartedAt);
    const next = goToStep(progress, guide, target, now);
    if (!next) {
      friction('finished', progress.stepId);
      setAnnouncement(t('runner.finished', { title: t(guide.title) }));
      void save(null);
      return;
    }
    void save(next);
  };

  // Page load or single-page route change: which step belongs on this page? (A changed guide
  // version restarts from the beginning instead of resuming mid-way.)
  const resolvedFor = useRef('');
  useEffect(() => {
    if (!guide || !progress) return;
    const key = `${guide.id}@${pageKey}`;
    if (resolvedFor.current === key) return;
    resolvedFor.current = key;
    const runId = progress.runId;
    const base = isResumable(progress, guide) ? progress : startProgress(guide, Date.now(), runId);
    const resolved = resolveStep(guide, stepIndex(guide, base.stepId), here());
    if (resolved !== stepIndex(guide, progress.stepId) || base !== progress) void save(goToStep(base, guide, resolved, Date.now()) ?? base);
  }, [guide, progress, pageKey]);

  // Point at the step's element on our own layer, or say why we cannot.
  useEffect(() => {
    if (!guide || !step) return;
    const controller = new AbortController();
    setAnnouncement(t('runner.announce', { current: index + 1, total: guide.steps.length, text: t(step.text, { label: step.label }) }));
    if (!here()(step.page)) {
      layer.clearHighlight();
      setAnchor({ state: 'elsewhere', element: null });
      return () => controller.abort();
    }
    if (!step.target) {
      layer.clearHighlight();
      setAnchor({ state: 'found', element: null });
      return () => controller.abort();
    }
    setAnchor({ state: 'searching', element: null });
    void waitForMatch(doc, step.target, { signal: controller.signal }).then((match) => {
      if (controller.signal.aborted) return;
      if (match.element) {
        layer.highlight(match.element, { label: step.label ? `「${step.label}」` : '' });
        setAnchor({ state: 'found', element: match.element });
      } else {
        layer.clearHighlight();
        setAnchor({ state: 'not-found', element: null });
        friction('not-found', step.id);
      }
    });
    return () => controller.abort();
  }, [guide?.id, step?.id, pageKey]);

  // Keep the card off the element it points at: above it or below it, wherever there is more room.
  const [room, setRoom] = useState<{ side: 'top' | 'bottom'; height: number } | null>(null);
  useEffect(() => {
    const element = anchor.element;
    if (!element) return setRoom(null);
    let frame = 0;
    const place = () => {
      frame = 0;
      // In our frame's px (components/overlay/screen.ts), where the card is drawn.
      const screen = readScreen(win);
      const rect = toScreenRect(element.getBoundingClientRect(), screen);
      const above = rect.y - 24;
      const below = screenSize(screen).height - rect.y - rect.height - 24;
      setRoom(above >= below ? { side: 'top', height: Math.max(160, above) } : { side: 'bottom', height: Math.max(160, below) });
    };
    const schedule = () => {
      if (!frame) frame = win.requestAnimationFrame(place);
    };
    place();
    doc.addEventListener('scroll', schedule, { capture: true, passive: true });
    win.addEventListener('resize', schedule, { passive: true });
    return () => {
      if (frame) win.cancelAnimationFrame(frame);
      doc.removeEventListener('scroll', schedule, { capture: true });
      win.removeEventListener('resize', schedule);
    };
  }, [anchor.element]);

  // Clear our highlight when the guide ends here.
  useEffect(() => {
    if (progress === null) layer.clearHighlight();
  }, [progress === null]);

  // Passive listeners: the user doing the step (or a later one) moves the guide along.
  useEffect(() => {
    if (!guide || !step || index < 0) return;
    const onPage = here();
    // The current step's element once found; while it is still being looked for (or for later
    // steps), match now: the user may act before the search has finished.
    const targetOf = (candidate: GuideStep) =>
      (candidate === step ? anchor.element : null) ??
      (candidate.target && onPage(candidate.page) ? matchFingerprint(doc, candidate.target).element : null);
    const handle = (kind: 'click' | 'change' | 'focusin') => (event: Event) => {
      const path = event.composedPath();
      for (let offset = 0; offset <= LOOK_AHEAD; offset += 1) {
        const candidate = guide.steps[index + offset];
        if (!candidate) break;
        const element = targetOf(candidate);
        if (!element || !path.includes(element)) continue;
        if (kind !== 'focusin' && completesStep(candidate, kind)) moveTo(index + offset + 1);
        else if (offset > 0) moveTo(index + offset);
        return;
      }
    };
    const listeners: [string, EventListener][] = [
      ['click', handle('click')],
      ['change', handle('change')],
      ['focusin', handle('focusin')],
    ];
    for (const [type, listener] of listeners) doc.addEventListener(type, listener, { capture: true, passive: true });
    return () => {
      for (const [type, listener] of listeners) doc.removeEventListener(type, listener, { capture: true });
    };
  }, [guide?.id, step?.id, anchor.element, pageKey]);

  // Focus the card when a guide starts in this tab (not when resuming on a new page).
  const shownBefore = useRef(false);
  useEffect(() => {
    const active = !!(guide && step);
    if (active && !shownBefore.current) setFocusCard(progress?.history.length === 0 && Date.now() - (progress?.startedAt ?? 0) < 5000);
    shownBefore.current = active;
  }, [guide && step]);

  const synth = win.speechSynthesis as (SpeechSynthesis & SynthLike) | undefined;
  const reader = useMemo(
    () =>
      synth
        ? createReader(
            synth,
            (text) => new (win as unknown as typeof globalThis).SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
          )
        : null,
    [synth, win],
  );
  useEffect(() => () => reader?.stop(), [reader, step?.id]);

  if (!guide || !step || !progress) {
    return (
      <div lang={language} dir={dir}>
        <style>{guidesCss}</style>
        <p class="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
    );
  }

  const text = t(step.text, { label: step.label });
  const readAloud = async () => {
    if (!reader || !synth) return setAnnouncement(t('runner.noVoice'));
    if (reading) return reader.stop();
    const voice = pickVoice((await loadVoices(synth)) as VoiceLike[], language);
    if (!voice) return setAnnouncement(t('runner.noVoice'));
    setReading(true);
    reader.read(
      chunkText(text, language).map((chunk) => chunk.text),
      { lang: language, rate: settings.speechRate, voice, onDone: () => setReading(false) },
    );
  };

  return (
    <div lang={language} dir={dir}>
      <style>{guidesCss}</style>
      <StepCard
        guideTitle={t(guide.title)}
        current={index + 1}
        total={guide.steps.length}
        action={step.action}
        text={text}
        why={step.why ? t(step.why) : undefined}
        label={step.label}
        anchor={anchor.state}
        reading={reading}
        canGoBack={index > 0}
        isLast={index === guide.steps.length - 1}
        autoFocus={focusCard}
        onBack={() => void save(goBack(progress, guide, Date.now()))}
        onNext={() => moveTo(index + 1)}
        onStop={() => {
          friction('abandoned', step.id);
          setAnnouncement(t('runner.stopped'));
          void save(null);
        }}
        onReadAloud={() => void readAloud()}
        onStuck={() => friction('stuck', step.id)}
        placement={room ?? undefined}
      />
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
