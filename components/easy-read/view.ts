/**
 * 쉬운 글 보기: the page's main content in one large, calm column over the whole screen, inside
 * our overlay (the page itself is not changed). Plain DOM, in its own script
 * (entrypoints/easy-read.content), so none of it weighs on the overlay that every help request
 * loads. Built only from text (render-blocks.ts); says plainly that it is a simplified copy.
 */
import type { ReadableContent } from '@/utils/easy-read/extract';
import { sliceClock } from '@/utils/easy-read/slices';
import { speechPieces } from '@/utils/easy-read/sentences';
import { createReader, type SynthLike, type UtteranceLike } from '@/utils/speech/reader';
import { loadVoices, pickVoice, type VoiceLike } from '@/utils/speech/voices';
import { languageInfo } from '@/utils/i18n/languages';
import { el } from './dom';
import { renderBlocks, type Gloss, type Readable } from './render-blocks';
import { browserKind, needsTranslation, onDeviceAvailability, translateAll, translatorApi, translatorLanguage } from './translate';
import easyReadCss from './easy-read.css?inline';

/** Text sizes the view steps through (px); the first is the smallest we allow. */
export const TEXT_SIZES = [22, 24, 28, 32, 36, 42];

export interface EasyReadViewOptions {
  /** Our overlay's frame (components/overlay/host.ts): the view covers it. */
  frame: HTMLElement;
  win: Window;
  content: ReadableContent;
  /** The overlay namespace's t(). */
  t: (key: string, values?: Record<string, unknown>) => string;
  /** The reader's language and direction (our UI's). */
  language: string;
  dir: 'ltr' | 'rtl';
  gloss: (termId: string) => Gloss | null;
  speechRate: number;
  textPx: number;
  onTextPx: (px: number) => void;
  /** "보여주기": the view has hidden itself; point at the page's element. */
  onShow: (target: Element, label: string) => void;
  onClose: () => void;
}

export interface EasyReadView {
  /** Shows the view again (after "보여주기"), where the reader left it. */
  show(): void;
  destroy(): void;
}

const sheets = new WeakMap<Document, CSSStyleSheet>();

export function openEasyReadView(options: EasyReadViewOptions): EasyReadView {
  const { win, content, t, frame } = options;
  const doc = frame.ownerDocument;
  adoptStyles(frame);
  const root = el(doc, 'div', { class: 'dotbogi-root easy-read-root', lang: options.language, dir: options.dir });
  const dialog = el(doc, 'section', {
    class: 'easy-read',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': 'dotbogi-easy-read-title',
  });
  const title = el(doc, 'h2', { id: 'dotbogi-easy-read-title', tabindex: '-1' }, t('easyRead.viewTitle'));
  const status = el(doc, 'p', { class: 'er-status', role: 'status', 'aria-live': 'polite' });
  const say = (message: string) => (status.textContent = message);

  // Reading aloud the easy-read text itself, line by line, the line being read marked.
  const synth = (win as { speechSynthesis?: SpeechSynthesis }).speechSynthesis as (SpeechSynthesis & SynthLike) | undefined;
  const reader = synth
    ? createReader(synth, (text) => new (win as unknown as typeof globalThis).SpeechSynthesisUtterance(text) as unknown as UtteranceLike)
    : null;
  const readButton = el(doc, 'button', { type: 'button', class: 'primary', 'aria-pressed': 'false' }, t('easyRead.read'));
  let readables: Readable[] = [];
  let reading: HTMLElement | null = null;
  const mark = (element: HTMLElement | null) => {
    reading?.classList.remove('er-reading');
    reading = element;
    element?.classList.add('er-reading');
    element?.scrollIntoView({ block: 'center', behavior: 'auto' });
  };
  const setReading = (on: boolean) => {
    readButton.setAttribute('aria-pressed', String(on));
    readButton.textContent = on ? t('easyRead.stopReading') : t('easyRead.read');
  };
  readButton.addEventListener('click', () => void toggleReading());
  async function toggleReading() {
    if (reader?.reading) return reader.stop();
    const language = content.language;
    const voice = synth ? pickVoice((await loadVoices(synth)) as VoiceLike[], language) : null;
    if (!reader || !voice) return say(t('read.noVoice', { language: languageName(language, options.language) }));
    const pieces = readables.flatMap((line) => speechPieces(line.text).map((text) => ({ line, text })));
    setReading(true);
    reader.read(
      pieces.map((piece) => piece.text),
      {
        lang: language,
        rate: options.speechRate,
        voice,
        onChunk: (index) => mark(pieces[index]!.line.element),
        onDone: (reason) => {
          setReading(false);
          mark(null);
          say(reason === 'error' ? t('read.error') : reason === 'end' ? t('read.finished') : t('read.stopped'));
        },
      },
    );
  }

  // Text size: the reader's setting, stepped here and remembered by the background.
  let size = TEXT_SIZES.includes(options.textPx) ? options.textPx : TEXT_SIZES[1]!;
  const smaller = el(doc, 'button', { type: 'button' }, t('easyRead.smaller'));
  const bigger = el(doc, 'button', { type: 'button' }, t('easyRead.bigger'));
  const applySize = () => {
    root.style.setProperty('--er-size', `${size}px`);
    smaller.disabled = size === TEXT_SIZES[0];
    bigger.disabled = size === TEXT_SIZES.at(-1);
  };
  const step = (by: number) => {
    size = TEXT_SIZES[Math.min(Math.max(TEXT_SIZES.indexOf(size) + by, 0), TEXT_SIZES.length - 1)]!;
    applySize();
    options.onTextPx(size);
    say(t('easyRead.sizeNow', { size }));
  };
  smaller.addEventListener('click', () => step(-1));
  bigger.addEventListener('click', () => step(1));
  applySize();

  const close = el(
    doc,
    'button',
    { type: 'button', class: 'close' },
    el(doc, 'span', { class: 'close-mark', 'aria-hidden': 'true' }, '✕'),
    t('easyRead.close'),
  );
  close.addEventListener('click', () => options.onClose());
  const header = el(doc, 'header', { class: 'er-bar' }, title, el(doc, 'div', { class: 'er-tools' }, readButton, smaller, bigger), close);

  // The page's direction, not the reader's: Korean text stays left to right in an Arabic view.
  const article = el(doc, 'article', { class: 'er-article', lang: content.language, dir: 'auto', 'aria-busy': 'true' });
  if (content.title) article.append(el(doc, 'h3', { class: 'er-title' }, content.title));
  const notices = el(doc, 'div', { class: 'er-notices' }, el(doc, 'p', { class: 'er-notice' }, t('easyRead.notice')));
  if (content.truncated) notices.append(el(doc, 'p', { class: 'er-notice er-truncated' }, t('easyRead.truncated')));
  const translation = el(doc, 'div', { class: 'er-translate' });
  const back = el(doc, 'button', { type: 'button', class: 'er-back' }, t('easyRead.backToPage'));
  back.addEventListener('click', () => options.onClose());
  const scroller = el(doc, 'div', { class: 'er-body' }, notices, translation, status, article, back);
  dialog.append(header, scroller);
  root.append(dialog);
  frame.append(root);

  // Keys stay in the dialog: Esc closes it (not the panel under it), Tab goes round inside it.
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      options.onClose();
    } else if (event.key === 'Tab') trapTab(event, dialog);
  });
  title.focus();

  const controller = new AbortController();
  void renderBlocks(article, content.blocks, {
    doc,
    language: content.language,
    t,
    gloss: options.gloss,
    clock: sliceClock(),
    onShow: (target, label) => {
      hide();
      options.onShow(target, label);
    },
  }).then((rendered) => {
    if (controller.signal.aborted) return;
    readables = rendered.readables;
    article.removeAttribute('aria-busy');
    offerTranslation(rendered.translatables);
  });

  function offerTranslation(items: Readable[]) {
    if (!needsTranslation(content.language, options.language)) return;
    const target = options.language;
    // The language's own name from our list (Intl.DisplayNames would cost a long task to start).
    const name = languageInfo(target)?.name ?? target;
    const api = translatorApi(win);
    const explainFallback = (lead: string) => {
      translation.replaceChildren(
        el(doc, 'p', {}, lead),
        el(doc, 'p', {}, t(browserKind(win.navigator.userAgent) === 'firefox' ? 'easyRead.howFirefox' : 'easyRead.howChrome')),
        el(doc, 'p', { class: 'er-privacy' }, t('easyRead.privacy')),
      );
    };
    void onDeviceAvailability(api, content.language, target).then((availability) => {
      if (controller.signal.aborted) return;
      if (!api || availability === 'unavailable') return explainFallback(t('easyRead.translateUnavailable'));
      const start = el(doc, 'button', { type: 'button', class: 'primary' }, t('easyRead.translate', { language: name }));
      translation.replaceChildren(
        el(doc, 'p', {}, t(availability === 'available' ? 'easyRead.translateOffer' : 'easyRead.translateDownload', { language: name })),
        start,
        el(doc, 'p', { class: 'er-privacy' }, t('easyRead.privacy')),
      );
      start.addEventListener('click', async () => {
        start.disabled = true;
        try {
          const translator = await api.create({
            sourceLanguage: translatorLanguage(content.language),
            targetLanguage: translatorLanguage(target),
            monitor: (monitor) =>
              monitor.addEventListener('downloadprogress', (event) =>
                say(t('easyRead.downloading', { percent: Math.round(event.loaded * 100) })),
              ),
          });
          let done = 0;
          await translateAll(
            translator,
            items.map((item) => item.text),
            (index, text) => {
              const source = items[index]!.element;
              const shown = el(doc, source.localName === 'li' ? 'span' : 'p', { class: 'er-translation', lang: target, dir: options.dir });
              shown.append(el(doc, 'span', { class: 'er-machine' }, t('easyRead.machine')), ' ', text);
              if (source.localName === 'li') source.append(shown);
              else source.after(shown);
              done += 1;
              say(t('easyRead.translating', { done, total: items.length }));
            },
            controller.signal,
          );
          translator.destroy?.();
          say(t('easyRead.translated'));
        } catch {
          explainFallback(t('easyRead.translateFailed'));
        }
      });
    });
  }

  let savedScroll = 0;
  function hide() {
    reader?.stop();
    savedScroll = dialog.scrollTop;
    root.hidden = true;
  }
  return {
    show() {
      root.hidden = false;
      dialog.scrollTop = savedScroll;
      title.focus();
    },
    destroy() {
      controller.abort();
      reader?.stop();
      root.remove();
    },
  };
}

function adoptStyles(frame: HTMLElement) {
  const shadow = frame.getRootNode() as ShadowRoot;
  const doc = frame.ownerDocument;
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(easyReadCss);
    sheets.set(doc, sheet);
  }
  if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
}

function trapTab(event: KeyboardEvent, dialog: HTMLElement) {
  const focusable = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled]), [tabindex="0"], h2[tabindex]')].filter(
    (element) => element.offsetParent !== null || element.getClientRects().length > 0,
  );
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable.at(-1)!;
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
