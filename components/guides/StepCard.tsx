import type { Ref } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import type { GuideAction } from '@/utils/guides/schema';
import type { FieldDescription } from '@/utils/field-helper/describe-field';
import { HelpContacts } from '@/components/overlay/sections/HelpContacts';
import { FieldHelpText } from '@/components/overlay/field-helper/FieldCallout';
import { actionLine } from '@/utils/guides/action-line';
import { Icon } from '@/components/overlay/icons';

/** Where the step's element is: pointed at, still being looked for, not found, or on another page/window. */
export type AnchorState = 'searching' | 'found' | 'not-found' | 'elsewhere';

export interface StepCardProps {
  /** The card's element, for the highlight layer that places it. */
  cardRef?: Ref<HTMLElement>;
  guideTitle: string;
  /** 1-based. */
  current: number;
  total: number;
  action: GuideAction;
  /** The step text, already translated (with the Korean label in 「」 inside it). */
  text: string;
  why?: string;
  anchor: AnchorState;
  /** The page is not where this step happens: its name as the page shows it. */
  wrongPage?: string;
  /** How to fill in the step's field (the field help, inside the card during a guide). */
  fieldHelp?: FieldDescription | null;
  reading: boolean;
  /** Read aloud found no voice: say so, with how to get one. */
  noVoice?: string;
  canGoBack: boolean;
  isLast: boolean;
  /** Focus the card's heading when it first appears (a guide was just started). */
  autoFocus?: boolean;
  onBack(): void;
  onNext(): void;
  onStop(): void;
  onReadAloud(): void;
  onStuck(): void;
  /** The browser's Back: out of a page the person reached by mistake. */
  onLeavePage(): void;
}

/** Px of the card's text that stay visible when the card must be short: at least two lines of it… */
const MIN_TEXT = 84;
/** …and at most this much, even for a long step text with its field help. */
const MAX_MIN_TEXT = 200;
/** However short the layer must make the card, this much of the step and its field help stays. */
const MAX_LEAST_TEXT = 150;

/**
 * One guide step, large, in the user's language. The step text (and all that explains it) scrolls
 * above a row of Back / Next / Stuck / Stop that is always in view; the card can fold to one line.
 * The highlight layer places it (components/overlay/layer/placement.ts).
 */
export function StepCard(props: StepCardProps) {
  const { t, language } = useT('guides');
  const line = actionLine(t(`actions.${props.action}`), props.text, language);
  const [stuckOpen, setStuckOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [atEnd, setAtEnd] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.autoFocus) heading.current?.focus();
  }, [props.autoFocus]);
  useEffect(() => {
    setStuckOpen(false);
    body.current?.scrollTo?.({ top: 0 });
  }, [props.current]);
  // Opened help is scrolled into the card's view (the card may be short).
  useEffect(() => {
    if (stuckOpen) body.current?.querySelector('#dotbogi-guide-stuck')?.scrollIntoView?.({ block: 'nearest' });
  }, [stuckOpen]);
  // So is the no-voice message (the card may be short): it answers the button just pressed.
  useEffect(() => {
    if (props.noVoice) body.current?.querySelector('.no-voice')?.scrollIntoView?.({ block: 'nearest' });
  }, [props.noVoice]);
  // And a note that the element is gone, or that this is another page: it changes what to do.
  useEffect(() => {
    if (props.anchor === 'not-found' || props.wrongPage !== undefined)
      body.current?.querySelector('.not-found, .wrong-page')?.scrollIntoView?.({ block: 'nearest' });
  }, [props.anchor, props.wrongPage]);
  // The step itself and its field help stay in view however short the layer makes the card.
  useLayoutEffect(() => {
    const scroller = body.current;
    if (!scroller) return;
    const parts = scroller.querySelectorAll<HTMLElement>('.step-text, .field-help');
    const needed = [...parts].reduce((sum, part) => sum + part.offsetHeight + 8, 0);
    scroller.dataset.minScroll = String(Math.min(MAX_MIN_TEXT, Math.max(MIN_TEXT, needed)));
    // However short the layer must make the card (a review step at 200 %), the step sentence and
    // its field help stay whole up to that much: half a sentence is no instruction.
    scroller.dataset.leastScroll = String(Math.min(MAX_LEAST_TEXT, needed));
  });
  const checkEnd = () => {
    const scroller = body.current;
    if (scroller) setAtEnd(scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2);
  };
  useEffect(checkEnd);
  // The layer may shorten the card after this render: look again when the text's box changes.
  useEffect(() => {
    const scroller = body.current;
    const Observer = scroller?.ownerDocument.defaultView?.ResizeObserver;
    if (!scroller || !Observer) return;
    const observer = new Observer(checkEnd);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [collapsed]);

  const progress = (
    <p class="guide-progress">
      <span aria-hidden="true">{t('runner.progress', { current: props.current, total: props.total })}</span>
      <span class="visually-hidden">{t('runner.stepOf', { current: props.current, total: props.total })}</span>
    </p>
  );
  const foldWords = collapsed ? t('runner.expand') : t('runner.collapse');
  const fold = (
    <button
      type="button"
      class="fold"
      aria-label={foldWords}
      aria-expanded={!collapsed}
      aria-controls="dotbogi-guide-body"
      onClick={() => setCollapsed(!collapsed)}
    >
      <Icon name={collapsed ? 'down' : 'up'} />
      {/* Left out in a narrow card (guides.css); the button keeps the words as its name. */}
      <span class="fold-words" aria-hidden="true">
        {foldWords}
      </span>
    </button>
  );

  return (
    <section
      ref={props.cardRef}
      class={`guide-card${collapsed ? ' collapsed' : ''}`}
      aria-labelledby="dotbogi-guide-title"
      data-guide-step={props.current}
    >
      <div class="guide-head">
        <h2 id="dotbogi-guide-title" ref={heading} tabIndex={-1}>
          {props.guideTitle}
        </h2>
        {progress}
        {collapsed && <p class="step-line">{props.text}</p>}
        {fold}
      </div>
      {!collapsed && (
        <>
          <div class="guide-body-wrap">
            <div id="dotbogi-guide-body" class="guide-body" ref={body} data-scroll tabIndex={0} onScroll={checkEnd}>
              <p class="step-text">
                <span class="action-tag">
                  <Icon name={props.action} />
                  {line.tag}
                </span>
                {line.rest}
              </p>
              {props.fieldHelp && (
                // The step text already names the field: only how to fill it.
                <div class="field-help">
                  <FieldHelpText description={props.fieldHelp} />
                </div>
              )}
              {props.wrongPage !== undefined && (
                <div class="step-note wrong-page">
                  <p>{t('runner.wrongPage', { page: props.wrongPage })}</p>
                  <button type="button" onClick={props.onLeavePage}>
                    <Icon name="back" />
                    {t('runner.leavePage')}
                  </button>
                </div>
              )}
              {props.wrongPage === undefined && props.anchor === 'not-found' && <p class="step-note not-found">{t('runner.notFound')}</p>}
              {props.wrongPage === undefined && props.anchor === 'elsewhere' && <p class="step-note">{t('runner.elsewhere')}</p>}
              <button type="button" class="read-aloud" onClick={props.onReadAloud} aria-pressed={props.reading}>
                <Icon name="speaker" />
                {props.reading ? t('runner.stopReading') : t('runner.readAloud')}
              </button>
              {props.noVoice && <p class="step-note no-voice">{props.noVoice}</p>}
              {props.why && (
                <details>
                  <summary>{t('runner.why')}</summary>
                  <p>{props.why}</p>
                </details>
              )}
              <div id="dotbogi-guide-stuck" class="stuck-help" hidden={!stuckOpen}>
                <p>{t('runner.stuckIntro')}</p>
                <HelpContacts headingLevel={3} />
              </div>
            </div>
            {/* Shown only while the text scrolls (the layer sets data-scrolls); unseen at its end. */}
            <button
              type="button"
              class={`more${atEnd ? ' at-end' : ''}`}
              tabIndex={-1}
              aria-hidden="true"
              onClick={() => body.current?.scrollBy({ top: body.current.clientHeight * 0.8, behavior: 'smooth' })}
            >
              <Icon name="down" />
              {t('runner.more')}
            </button>
          </div>
          <div class="guide-buttons">
            <button type="button" onClick={props.onBack} disabled={!props.canGoBack}>
              <Icon name="previous" />
              {t('runner.back')}
            </button>
            <button type="button" class="primary" onClick={props.onNext}>
              {props.isLast ? t('runner.finish') : t('runner.next')}
              <Icon name={props.isLast ? 'done' : 'next'} />
            </button>
            <button
              type="button"
              aria-expanded={stuckOpen}
              aria-controls="dotbogi-guide-stuck"
              onClick={() => {
                if (!stuckOpen) props.onStuck();
                setStuckOpen(!stuckOpen);
              }}
            >
              <Icon name="help" />
              {t('runner.stuck')}
            </button>
            <button type="button" onClick={props.onStop}>
              <Icon name="stop" />
              {t('runner.stop')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** What the card says when the guide is over, or stopped: on screen, not only to a screen reader. */
export function OutcomeCard({
  cardRef,
  title,
  text,
  next,
  onClose,
}: {
  cardRef?: Ref<HTMLElement>;
  title: string;
  text: string;
  /** What to do next, one line each. */
  next: string[];
  onClose(): void;
}) {
  const { t } = useT('guides');
  const common = useT('common').t;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section ref={cardRef} class="guide-card outcome" aria-labelledby="dotbogi-guide-outcome">
      <div class="guide-head">
        <h2 id="dotbogi-guide-outcome" ref={heading} tabIndex={-1}>
          <Icon name="done" size={28} />
          {title}
        </h2>
      </div>
      <div class="guide-body" data-scroll data-min-scroll={MIN_TEXT} tabIndex={0}>
        <p class="step-text">{text}</p>
        {next.length > 0 && (
          <>
            <h3>{t('runner.nextTitle')}</h3>
            <ul class="next-steps">
              {next.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div class="guide-buttons">
        <button type="button" class="primary" onClick={onClose}>
          <Icon name="close" />
          {common('close')}
        </button>
      </div>
    </section>
  );
}
