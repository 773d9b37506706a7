import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import type { GuideAction } from '@/utils/guides/schema';
import { HelpContacts } from '@/components/overlay/sections/HelpContacts';
import { actionLine } from '@/utils/guides/action-line';
import { Icon } from '@/components/overlay/icons';

/** Where the step's element is: pointed at, still being looked for, not found, or on another page/window. */
export type AnchorState = 'searching' | 'found' | 'not-found' | 'elsewhere';

export interface StepCardProps {
  guideTitle: string;
  /** 1-based. */
  current: number;
  total: number;
  action: GuideAction;
  /** The step text, already translated (with the Korean label in 「」 inside it). */
  text: string;
  why?: string;
  label?: string;
  anchor: AnchorState;
  reading: boolean;
  canGoBack: boolean;
  isLast: boolean;
  /** Focus the card's heading when it first appears (a guide was just started). */
  autoFocus?: boolean;
  onBack(): void;
  onNext(): void;
  onStop(): void;
  onReadAloud(): void;
  onStuck(): void;
  /** Where the card may sit without covering the highlighted element (default: top). */
  placement?: { side: 'top' | 'bottom'; height: number };
}

/** One guide step, large, in the user's language, with Back / Next / Stop and a way out. */
export function StepCard(props: StepCardProps) {
  const { t, language } = useT('guides');
  const line = actionLine(t(`actions.${props.action}`), props.text, language);
  const [stuckOpen, setStuckOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.autoFocus) heading.current?.focus();
  }, [props.autoFocus]);
  useEffect(() => setStuckOpen(false), [props.current]);

  return (
    <section
      class={`guide-card${props.placement?.side === 'bottom' ? ' at-bottom' : ''}`}
      style={props.placement ? { maxHeight: `${props.placement.height}px` } : undefined}
      aria-labelledby="dotbogi-guide-title"
      data-guide-step={props.current}
    >
      <div class="guide-head">
        <h2 id="dotbogi-guide-title" ref={heading} tabIndex={-1}>
          {props.guideTitle}
        </h2>
        <p class="guide-progress">
          <span aria-hidden="true">{t('runner.progress', { current: props.current, total: props.total })}</span>
          <span class="visually-hidden">{t('runner.stepOf', { current: props.current, total: props.total })}</span>
        </p>
      </div>
      <p class="step-text">
        <span class="action-tag">
          <Icon name={props.action} />
          {line.tag}
        </span>
        {line.rest}
      </p>
      {props.anchor === 'not-found' && <p class="step-note not-found">{t('runner.notFound')}</p>}
      {props.anchor === 'elsewhere' && <p class="step-note">{t('runner.elsewhere')}</p>}
      {props.why && (
        <details>
          <summary>{t('runner.why')}</summary>
          <p>{props.why}</p>
        </details>
      )}
      <div class="guide-buttons">
        <button type="button" onClick={props.onBack} disabled={!props.canGoBack}>
          {t('runner.back')}
        </button>
        <button type="button" class="primary" onClick={props.onNext}>
          {props.isLast ? t('runner.finish') : t('runner.next')}
        </button>
        <button type="button" onClick={props.onReadAloud} aria-pressed={props.reading}>
          {props.reading ? t('runner.stopReading') : t('runner.readAloud')}
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
          {t('runner.stuck')}
        </button>
        <button type="button" onClick={props.onStop}>
          {t('runner.stop')}
        </button>
      </div>
      <div id="dotbogi-guide-stuck" class="stuck-help" hidden={!stuckOpen}>
        <p>{t('runner.stuckIntro')}</p>
        <HelpContacts headingLevel={3} />
      </div>
    </section>
  );
}
