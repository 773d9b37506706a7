/**
 * The easy-read script's side of the meeting with the overlay. The background injects this
 * script into a frame when someone opens "쉬운 글 보기" (utils/background/easy-read.ts); it puts
 * its API where the overlay, in the same isolated world, finds it (pages cannot see it).
 * Readability and the view stay out of the overlay's own script.
 */
import { extractReadable } from '@/utils/easy-read/extract';
import koGlossary from '@/locales/ko/glossary.json';
import { openEasyReadView } from './view';
import type { Gloss } from './render-blocks';
import { setEasyReadApi, type EasyReadApi } from './api';

const KOREAN = koGlossary as Record<string, { term?: string; plain?: string } | string>;

export function offerEasyRead() {
  const api: EasyReadApi = {
    extract: (doc) => extractReadable(doc),
    open: ({ glossary, ...options }) =>
      openEasyReadView({
        ...options,
        gloss: (id): Gloss | null => {
          const entry = KOREAN[id];
          if (!entry || typeof entry === 'string' || !entry.plain) return null;
          if (options.language === 'ko') return { korean: entry.plain };
          return {
            korean: entry.plain,
            translated: { term: glossary(`${id}.term`), plain: glossary(`${id}.plain`), language: options.language },
          };
        },
      }),
  };
  setEasyReadApi(api);
}
