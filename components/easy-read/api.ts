/**
 * Where the overlay and the easy-read script meet in a frame's isolated world (types and a
 * getter only: importing this pulls nothing of the easy-read script into the overlay).
 */
import { EASY_READ_MARKER } from '@/utils/overlay/frame-markers';
import type { ReadableContent } from '@/utils/easy-read/extract';
import type { EasyReadView, EasyReadViewOptions } from './view';

export interface EasyReadApi {
  /** Finds the page's main content (in slices); null when there is nothing to read. */
  extract(doc: Document): Promise<ReadableContent | null>;
  /** Opens the view over our frame. `glossary` is the glossary namespace's t() in the reader's language. */
  open(options: Omit<EasyReadViewOptions, 'gloss'> & { glossary: (key: string) => string }): EasyReadView;
}

export type { EasyReadView, ReadableContent };

type Globals = Record<symbol, unknown>;

export function setEasyReadApi(api: EasyReadApi) {
  (globalThis as Globals)[Symbol.for(EASY_READ_MARKER)] = api;
}

/** The API if the easy-read script runs in this frame. */
export function easyReadApi(): EasyReadApi | undefined {
  return (globalThis as Globals)[Symbol.for(EASY_READ_MARKER)] as EasyReadApi | undefined;
}
