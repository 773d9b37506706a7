import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { useOverlay } from '@/components/overlay/overlay-context';
import { useHighlightLayer } from '@/components/overlay/layer';
import { send } from '@/utils/messaging/send';
import { guideProgressItem } from '@/utils/storage/items';
import type { Guide, GuideStep } from '@/utils/guides/schema';
import { matchFingerprint, waitForMatch } from '@/utils/guides/matcher';
import {
  canGoBackHere,
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
import { describeField, type FieldDescription } from '@/utils/field-helper/describe-field';
import { findSessionTimers } from '@/utils/audit/session-timer';
import { chunkText } from '@/utils/speech/chunk';
import { createReader, type SynthLike, type UtteranceLike } from '@/utils/speech/reader';
import { loadVoices, pickVoice, type VoiceLike } from '@/utils/speech/voices';
import { noVoiceText } from '@/components/overlay/sections/no-voice';
import { OutcomeCard, StepCard, type AnchorState } from './StepCard';
import { onScreenLabel, pageName, pagePath, reviewBlock } from './page-facts';
import guidesCss from './guides.css?inline';

/** How many later steps a user action may jump ahead to (they went ahead of the guide). */
const LOOK_AHEAD = 3;
/** Times the guide looks again for a step's element that the page replaced. */
const REFINDS = 3;

interface Anchor {
  state: AnchorState;
  element: Element | null;
  /** The label as the matched element shows it (else the step's own). */
  label?: string;
}

/** What the card says after the guide: finished (with what next) or stopped. */
interface Outcome {
  title: string;
  text: string;
  next: string[];
}

/**
 * The guide the user follows, on top of the page: always mounted with the overlay (so a guide
 * survives page loads, pop-up windows and restarts), drawing nothing until a guide is active.
 * Progress lives in storage (written by the background); this component only reads the page.
 * The card, the arrow and its label are placed together by the highlight layer, clear of the
 * step's target and of what the person must read (a live session timer, the values to check).
 */
export function GuideRunner() {
  const { runtime, win, pageKey, settings } = useOverlay();
  const layer = useHighlightLayer();
  const { t, language, dir } = useT('guides');
  const overlay = useT('overlay').t;
  const [progress, setProgress] = useState<GuideProgress | null | undefined>(undefined);
  const [guides, setGuides] = useState<Guide[] | null>(null);
  const [anchor, setAnchor] = useState<Anchor>({ state: 'searching', element: null });
  const [announcement, setAnnouncement] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [noVoice, setNoVoice] = useState('');
  const [reading, setReading] = useState(false);
  const [focusCard, setFocusCard] = useState(false);
  const [fieldHelp, setFieldHelp] = useState<FieldDescription | null>(null);
  const card = useRef<HTMLElement>(null);
  const doc = win.document;
  // When this page (or single-page route) began: a wrong turn is a page reached after the step began.
  const pageSince = useMemo(() => Math.max(win.performance?.timeOrigin ?? 0, pageKey ? Date.now() : 0), [pageKey]);

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
    const moved = goToStep(progress, guide, target, now);
    // A step bound to this very page is shown here; one for another page gets its page there.
    const bound = moved && Object.keys(guide.steps[target]!.page).length > 0 && here()(guide.steps[target]!.page);
    const next = moved && bound ? { ...moved, stepPage: path } : moved;
    if (!next) {
      friction('finished', progress.stepId);
      // 다 했어요, on screen: what was done and what to do next (print, save, close).
      const title = t(guide.title);
      setOutcome({
        title: t('runner.finishedTitle'),
        text: t('runner.finishedWhat', { title }),
        next: (guide.finish ?? []).map((key) => t(key)),
      });
      setAnnouncement(t('runner.finished', { title }));
      void save(null);
      return;
    }
    void save(next);
  };

  const path = pagePath(win.location);
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
    let next =
      resolved !== stepIndex(guide, progress.stepId) || base !== progress
        ? (goToStep(base, guide, resolved, Date.now()) ?? base)
        : progress;
    // Remember the page where this step is first shown (path only: a query may hold what was typed).
    if (!next.stepPage) next = { ...next, stepPage: path };
    if (next !== progress) void save(next);
  }, [guide, progress, pageKey]);

  // A wrong turn: this page was opened after the step began, and the step was shown on another.
  const wrongTurn = !!progress?.stepPage && progress.stepPage !== path && pageSince > progress.stepStartedAt;
  const wrongPage = useMemo(() => (wrongTurn ? pageName(doc) : undefined), [wrongTurn, pageKey]);

  // Point at the step's element on our own layer, or say why we cannot.
  useEffect(() => {
    if (!guide || !step) return;
    const controller = new AbortController();
    setAnnouncement(t('runner.announce', { current: index + 1, total: guide.steps.length, text: t(step.text, { label: step.label }) }));
    setNoVoice('');
    // What the person must be able to read meanwhile: a live session timer, and what this step
    // says to check (the values on a review page, the issued document).
    const timers = findSessionTimers(doc.body ?? doc);
    layer.keepClear(timers);
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
    const nextTargetHere = () => {
      const next = guide.steps[index + 1];
      return next?.target && here()(next.page) ? matchFingerprint(doc, next.target).element : null;
    };
    let refinds = 0;
    const find = () => {
      setAnchor({ state: 'searching', element: null });
      void waitForMatch(doc, step.target!, { signal: controller.signal }).then((match) => {
        if (controller.signal.aborted) return;
        if (match.element) {
          const label = onScreenLabel(match.element, step.label);
          const review = step.review ? reviewBlock(match.element) : null;
          // A step of several fields ends when the person moves on to the next step's control:
          // the card must not sit on it.
          const onward = step.advance === 'manual' ? nextTargetHere() : null;
          const zones = [review, onward].filter((zone) => zone !== null);
          if (zones.length) layer.keepClear([...timers, ...zones]);
          layer.highlight(match.element, {
            label: label ? `「${label}」` : '',
            // The document on a read/print step is what the person reads: no dimming over it.
            dim: step.action !== 'read',
            // The page replaced the element (a re-render): look for it again, a few times.
            onLost: () => {
              if (!controller.signal.aborted && refinds++ < REFINDS) find();
            },
          });
          setAnchor({ state: 'found', element: match.element, label });
        } else {
          layer.clearHighlight();
          setAnchor({ state: 'not-found', element: null });
          friction('not-found', step.id);
        }
      });
    };
    find();
    return () => controller.abort();
  }, [guide?.id, step?.id, pageKey]);

  // The field help of the step's field goes into the card (the callout leaves that field to it).
  useEffect(() => {
    const described = anchor.element ? describeField(anchor.element) : null;
    const useful = described && (described.formatKey !== null || described.hints.length > 0) ? described : null;
    setFieldHelp(useful);
    layer.guideField = useful ? anchor.element : null;
    return () => {
      layer.guideField = null;
    };
  }, [anchor.element]);

  // Clear our highlight and keep-clear zones when the guide ends here — only then: on mount there
  // was no guide, and the layer may be pointing at something else (a report's 「보기」).
  const hadGuide = useRef(false);
  const guideOn = progress === undefined ? undefined : progress !== null;
  useEffect(() => {
    if (guideOn) hadGuide.current = true;
    if (guideOn !== false || !hadGuide.current) return;
    hadGuide.current = false;
    layer.clearHighlight();
    layer.keepClear([]);
  }, [guideOn]);

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
    if (active && !shownBefore.current) {
      setFocusCard(progress?.history.length === 0 && Date.now() - (progress?.startedAt ?? 0) < 5000);
      setOutcome(null);
    }
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

  const showing = guide && step && progress ? 'step' : outcome ? 'outcome' : null;
  // The layer places whichever card is shown, with the arrow, the label and the launcher.
  useLayoutEffect(() => {
    if (!showing || !card.current) return;
    return layer.float('card', card.current);
  }, [showing, layer]);

  const status = (
    <p class="visually-hidden" role="status" aria-live="polite">
      {announcement}
    </p>
  );

  if (showing !== 'step' || !guide || !step || !progress) {
    return (
      <div lang={language} dir={dir}>
        <style>{guidesCss}</style>
        {outcome && (
          <OutcomeCard
            cardRef={card}
            title={outcome.title}
            text={outcome.text}
            next={outcome.next}
            onClose={() => {
              setOutcome(null);
              setAnnouncement('');
            }}
          />
        )}
        {status}
      </div>
    );
  }

  const label = anchor.label ?? step.label;
  const text = t(step.text, { label });
  const readAloud = async () => {
    const noVoiceHere = () => {
      const message = noVoiceText(overlay, language, win);
      setNoVoice(message);
      setAnnouncement(message);
    };
    if (!reader || !synth) return noVoiceHere();
    if (reading) return reader.stop();
    const voice = pickVoice((await loadVoices(synth)) as VoiceLike[], language);
    if (!voice) return noVoiceHere();
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
        cardRef={card}
        guideTitle={t(guide.title)}
        current={index + 1}
        total={guide.steps.length}
        action={step.action}
        text={text}
        why={step.why ? t(step.why) : undefined}
        anchor={anchor.state}
        wrongPage={wrongPage}
        fieldHelp={fieldHelp}
        reading={reading}
        noVoice={noVoice || undefined}
        canGoBack={canGoBackHere(progress, guide, here())}
        isLast={index === guide.steps.length - 1}
        autoFocus={focusCard}
        onBack={() => void save({ ...goBack(progress, guide, Date.now()), stepPage: path })}
        onNext={() => moveTo(index + 1)}
        onStop={() => {
          friction('abandoned', step.id);
          setOutcome({ title: t('runner.stopped'), text: t('runner.restartHint'), next: [] });
          setAnnouncement(t('runner.stopped'));
          void save(null);
        }}
        onReadAloud={() => void readAloud()}
        onStuck={() => friction('stuck', step.id)}
        onLeavePage={() => win.history.back()}
      />
      {status}
    </div>
  );
}
