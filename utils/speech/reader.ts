/**
 * Reads a list of chunks aloud with speechSynthesis, one short utterance per chunk.
 *
 * Takes the synthesizer as a parameter (tests pass a fake). A watchdog covers Chrome's known
 * failures: an utterance that never ends (its `end` event is lost) is cancelled and reading moves
 * on; online voices, which cut off after ~14 s, are kept alive with pause/resume.
 */
import type { VoiceLike } from './voices';

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
  onstart?: ((event: unknown) => void) | null;
}

export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  pause(): void;
  resume(): void;
}

export interface ReadOptions {
  lang: string;
  rate: number;
  voice: VoiceLike;
  /** Called as each chunk starts, so the overlay can highlight it. */
  onChunk?: (index: number) => void;
  /** Called once: 'end' after the last chunk, 'stopped' after stop(), 'error' if speech failed. */
  onDone?: (reason: 'end' | 'stopped' | 'error') => void;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface Reader {
  read(chunks: readonly string[], options: ReadOptions): void;
  stop(): void;
  readonly reading: boolean;
}

const KEEP_ALIVE_MS = 10_000;

/** Generous time for a chunk: ~4 characters a second at rate 1, doubled, plus a margin. */
export function chunkDeadlineMs(text: string, rate: number): number {
  return Math.round(((text.length / 4) * 1000 * 2) / rate) + 3000;
}

export function createReader(
  synth: SynthLike,
  createUtterance: (text: string) => UtteranceLike,
  timers: Timers = globalThis as Timers,
): Reader {
  let session = 0;
  let reading = false;
  let watchdog: unknown = null;
  let keepAlive: unknown = null;
  let finish: ((reason: 'end' | 'stopped' | 'error') => void) | null = null;

  const clearTimers = () => {
    if (watchdog !== null) timers.clearTimeout(watchdog);
    if (keepAlive !== null) timers.clearInterval(keepAlive);
    watchdog = keepAlive = null;
  };

  return {
    read(chunks, options) {
      this.stop();
      const mine = ++session;
      reading = true;
      let done = false;
      finish = (reason) => {
        if (done) return;
        done = true;
        reading = false;
        clearTimers();
        options.onDone?.(reason);
      };
      if (!options.voice.localService) {
        keepAlive = timers.setInterval(() => {
          synth.pause();
          synth.resume();
        }, KEEP_ALIVE_MS);
      }
      const speakFrom = (index: number) => {
        if (mine !== session || done) return;
        if (watchdog !== null) timers.clearTimeout(watchdog);
        if (index >= chunks.length) return finish?.('end');
        const text = chunks[index]!;
        const utterance = createUtterance(text);
        utterance.lang = options.lang;
        utterance.rate = options.rate;
        utterance.voice = options.voice;
        let moved = false;
        const next = () => {
          if (moved) return;
          moved = true;
          speakFrom(index + 1);
        };
        utterance.onend = next;
        utterance.onerror = (event) => {
          // "interrupted"/"canceled" come from our own cancel(); anything else is a real failure.
          if (event.error === 'interrupted' || event.error === 'canceled') return;
          moved = true;
          finish?.('error');
        };
        watchdog = timers.setTimeout(
          () => {
            // The end event never came: Chrome dropped the utterance. Skip ahead rather than hang.
            synth.cancel();
            next();
          },
          chunkDeadlineMs(text, options.rate),
        );
        options.onChunk?.(index);
        synth.speak(utterance);
      };
      speakFrom(0);
    },
    stop() {
      session++;
      const wasReading = reading;
      synth.cancel();
      if (wasReading) finish?.('stopped');
      finish = null;
      reading = false;
      clearTimers();
    },
    get reading() {
      return reading;
    },
  };
}
