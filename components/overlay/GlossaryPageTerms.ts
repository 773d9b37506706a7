import { useEffect, useState } from 'preact/hooks';
import { findTerms, firstOccurrences, type TermMatch } from '@/utils/glossary/find-terms';

export interface PageTerms {
  /** Every match, in page order. */
  matches: TermMatch[];
  /** Each term once, at its first occurrence. */
  firsts: TermMatch[];
  scanning: boolean;
  /** The scan stopped at its work cap before the end of a very large page. */
  truncated: boolean;
}

const IDLE: PageTerms = { matches: [], firsts: [], scanning: false, truncated: false };

/**
 * Scans the page for glossary terms while `active` (the panel is open, or hard words are on),
 * in idle-time slices, and again when `rescanKey` changes. Our own UI lives outside <body>.
 */
export function usePageTerms(active: boolean, doc: Document, rescanKey: string | number = 0): PageTerms {
  const [state, setState] = useState<PageTerms>(IDLE);
  useEffect(() => {
    if (!active || !doc.body) {
      setState(IDLE);
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, scanning: true }));
    void findTerms(doc.body, { signal: controller.signal }).then(({ matches, truncated }) => {
      if (!controller.signal.aborted) setState({ matches, firsts: firstOccurrences(matches), scanning: false, truncated });
    });
    return () => controller.abort();
  }, [active, doc, rescanKey]);
  return state;
}
