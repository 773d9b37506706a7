import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { useHighlightLayer } from '@/components/overlay/layer';
import { useOverlay } from '@/components/overlay/overlay-context';
import { chunkText, type Chunk } from '@/utils/speech/chunk';
import { createReader, type SynthLike, type UtteranceLike } from '@/utils/speech/reader';
import { loadVoices, pickVoice, type VoiceLike } from '@/utils/speech/voices';
import { rangeForText, readableBlocks, selectedBlock, type TextBlock } from '@/utils/speech/text-blocks';
import type { OverlaySection } from './section';
import { noVoiceText } from './no-voice';

export const SLOW_RATE = 0.8;
export const NORMAL_RATE = 1;

type ReadState =
  | { kind: 'idle' }
  | { kind: 'reading'; block: number; blocks: number }
  | { kind: 'no-voice'; language: string }
  | { kind: 'no-text' }
  | { kind: 'no-selection' }
  | { kind: 'error' };

interface Piece {
  block: number;
  chunk: Chunk;
}

/** 읽어주기: reads the page's main text (or the text the user selected) sentence by sentence. */
function ReadAloudSection() {
  const { t, language: uiLanguage } = useT('overlay');
  const { win, settings, updateSettings, announce } = useOverlay();
  const layer = useHighlightLayer();
  const [state, setState] = useState<ReadState>({ kind: 'idle' });
  const blocksRef = useRef<TextBlock[]>([]);
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
  // Closing the panel (or this section) is always a safe way to stop.
  useEffect(
    () => () => {
      reader?.stop();
      layer.clearHighlight();
    },
    [reader, layer],
  );

  const pageLanguage = (win.document.documentElement.lang || 'ko').trim();

  const readFrom = async (blocks: TextBlock[], first: number) => {
    if (!reader || !synth) return noVoice();
    const voice = pickVoice((await loadVoices(synth)) as VoiceLike[], pageLanguage);
    if (!voice) return noVoice();
    const pieces: Piece[] = blocks
      .slice(first)
      .flatMap((block, offset) => chunkText(block.text, pageLanguage).map((chunk) => ({ block: first + offset, chunk })));
    if (pieces.length === 0) return show({ kind: 'no-text' }, t('read.noText'));
    blocksRef.current = blocks;
    reader.read(
      pieces.map((piece) => piece.chunk.text),
      {
        lang: pageLanguage,
        rate: settings.speechRate,
        voice,
        onChunk: (index) => {
          const piece = pieces[index]!;
          const element = blocks[piece.block]!.element;
          layer.highlight(rangeForText(element, piece.chunk.start, piece.chunk.end) ?? element);
          setState({ kind: 'reading', block: piece.block, blocks: blocks.length });
        },
        onDone: (reason) => {
          layer.clearHighlight();
          if (reason === 'error') show({ kind: 'error' }, t('read.error'));
          else show({ kind: 'idle' }, reason === 'end' ? t('read.finished') : t('read.stopped'));
        },
      },
    );
    announce(t('read.started'));
  };

  const show = (next: ReadState, message: string) => {
    setState(next);
    announce(message);
  };
  const noVoice = () => show({ kind: 'no-voice', language: pageLanguage }, noVoiceText(t, pageLanguage.split('-')[0]!, win, uiLanguage));

  const readPage = () => void readFrom(readableBlocks(win.document), 0);
  const readSelection = () => {
    const block = selectedBlock(win.document);
    if (!block) return show({ kind: 'no-selection' }, t('read.noSelection'));
    // Read the selected words themselves; highlight falls back to their paragraph.
    void readFrom([{ element: block.element, text: block.text }], 0);
  };
  const skip = (by: number) => {
    if (state.kind !== 'reading') return;
    const target = Math.min(Math.max(state.block + by, 0), blocksRef.current.length - 1);
    void readFrom(blocksRef.current, target);
  };

  const reading = state.kind === 'reading';
  return (
    <div class="section-body">
      <div class="row">
        <button type="button" class="primary" onClick={readPage}>
          {t('read.page')}
        </button>
        <button type="button" onClick={readSelection}>
          {t('read.selection')}
        </button>
      </div>
      {reading && (
        <>
          <p class="big-number">{t('read.progress', { current: state.block + 1, total: state.blocks })}</p>
          <div class="row">
            <button type="button" onClick={() => reader?.stop()}>
              {t('read.stop')}
            </button>
            <button type="button" onClick={() => skip(-1)}>
              {t('read.previous')}
            </button>
            <button type="button" onClick={() => skip(1)}>
              {t('read.next')}
            </button>
          </div>
        </>
      )}
      {state.kind === 'no-voice' && <p class="notice-box">{noVoiceText(t, state.language.split('-')[0]!, win, uiLanguage)}</p>}
      {state.kind === 'no-selection' && <p class="notice-box">{t('read.noSelection')}</p>}
      {state.kind === 'no-text' && <p class="notice-box">{t('read.noText')}</p>}
      {state.kind === 'error' && <p class="notice-box">{t('read.error')}</p>}
      <h4 id="dotbogi-speed-label">{t('read.speed')}</h4>
      <div class="row" role="group" aria-labelledby="dotbogi-speed-label">
        <button
          type="button"
          class="toggle"
          aria-pressed={settings.speechRate < NORMAL_RATE}
          onClick={() => void updateSettings({ speechRate: SLOW_RATE })}
        >
          {t('read.slow')}
        </button>
        <button
          type="button"
          class="toggle"
          aria-pressed={settings.speechRate >= NORMAL_RATE}
          onClick={() => void updateSettings({ speechRate: NORMAL_RATE })}
        >
          {t('read.normal')}
        </button>
      </div>
    </div>
  );
}

export const readAloudSection: OverlaySection = { id: 'read', titleKey: 'read.title', Component: ReadAloudSection };
