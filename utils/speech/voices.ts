/** Picking a speechSynthesis voice for a language, and waiting for Chrome's late voice list. */

export interface VoiceLike {
  lang: string;
  name: string;
  localService: boolean;
  default: boolean;
}

export interface VoiceSource<V extends VoiceLike = VoiceLike> {
  getVoices(): V[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

/** The best voice for `language` ("ko", "ko-KR", "vi"…), or null when the device has none. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], language: string): V | null {
  const wanted = normalise(language);
  const primary = wanted.split('-')[0];
  const exact = voices.filter((voice) => normalise(voice.lang) === wanted);
  const sameLanguage = voices.filter((voice) => normalise(voice.lang).split('-')[0] === primary);
  const candidates = exact.length > 0 ? exact : sameLanguage;
  if (candidates.length === 0) return null;
  // Local voices have no 14 s cut-off; the browser's default is the user's own choice.
  return [...candidates].sort((a, b) => rank(b) - rank(a))[0] ?? null;
}

function rank(voice: VoiceLike): number {
  return (voice.default ? 2 : 0) + (voice.localService ? 1 : 0);
}

function normalise(tag: string): string {
  return tag.replace(/_/g, '-').toLowerCase();
}

/** Chrome fills the voice list late; wait for `voiceschanged` up to `timeoutMs`. */
export function loadVoices<V extends VoiceLike>(source: VoiceSource<V>, timeoutMs = 1500): Promise<V[]> {
  const voices = source.getVoices();
  if (voices.length > 0 || !source.addEventListener) return Promise.resolve(voices);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      source.removeEventListener?.('voiceschanged', done);
      resolve(source.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    source.addEventListener!('voiceschanged', done);
  });
}
