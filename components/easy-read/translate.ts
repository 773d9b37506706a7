/**
 * Page text in the reader's language, only where the browser translates on the device: Chrome's
 * Translator API (feature-detected; it is not there in every browser or for every language).
 * Nothing is sent anywhere by Dotbogi. Where there is no on-device translation, the view says so
 * and shows how to use the browser's own page translation instead.
 */

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface TranslatorLike {
  translate(text: string): Promise<string>;
  destroy?(): void;
}

interface MonitorLike {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

export interface TranslatorApi {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<Availability>;
  create(options: { sourceLanguage: string; targetLanguage: string; monitor?: (monitor: MonitorLike) => void }): Promise<TranslatorLike>;
}

/** The browser's on-device translator, if it offers one to this script. */
export function translatorApi(win: object): TranslatorApi | null {
  const api = (win as { Translator?: TranslatorApi }).Translator;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? api : null;
}

/** Our language codes as the Translator API names them (BCP 47, Chinese by script). */
export function translatorLanguage(code: string): string {
  if (code === 'zh-TW') return 'zh-Hant';
  if (code === 'zh-CN') return 'zh';
  return code;
}

/** Whether the view should offer translation at all: the page is in another language than the reader's. */
export function needsTranslation(pageLanguage: string, readerLanguage: string): boolean {
  const base = (code: string) => code.toLowerCase().split('-')[0];
  return readerLanguage !== 'en-XA' && base(pageLanguage) !== base(readerLanguage);
}

export async function onDeviceAvailability(api: TranslatorApi | null, source: string, target: string): Promise<Availability> {
  if (!api) return 'unavailable';
  try {
    return await api.availability({ sourceLanguage: translatorLanguage(source), targetLanguage: translatorLanguage(target) });
  } catch {
    return 'unavailable';
  }
}

/** Which browser's own page translation to explain. */
export function browserKind(userAgent: string): 'firefox' | 'chrome' {
  return /Firefox\//.test(userAgent) ? 'firefox' : 'chrome';
}

/**
 * Translates each text in order, handing each result over as soon as it is ready (the reader
 * sees the first paragraphs while the rest are being translated). Stops at `signal`.
 */
export async function translateAll(
  translator: TranslatorLike,
  texts: readonly string[],
  onEach: (index: number, translation: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  for (let index = 0; index < texts.length; index++) {
    if (signal?.aborted) return;
    const text = texts[index]!;
    if (!text.trim()) continue;
    onEach(index, await translator.translate(text));
  }
}
