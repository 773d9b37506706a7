import type { Check } from '../check-types';
import jargon from '../data/jargon.json';
import type { Evidence } from '../types';

const MAX_KO_CHARS = 80;
const MAX_EN_WORDS = 25;
const MAX_JARGON = 3;
const BLOCKS = 'p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, label, legend, caption, blockquote, figcaption';
const MAX_BLOCKS = 3000;

const EN_TERMS = jargon.en.map((entry) => ({ ...entry, pattern: new RegExp(`\\b${entry.term.replace(/\s+/g, '\\s+')}\\b`, 'i') }));

/** Long sentences and administrative jargon (Korean and English; the word list is data/jargon.json). */
export const check: Check = {
  meta: {
    id: 'plain-language',
    source: 'Dotbogi research; BRIEF plain-language rules; WCAG 3.1.3 / 3.1.5 (AAA)',
    threshold: `a sentence over ${MAX_KO_CHARS} Korean characters or ${MAX_EN_WORDS} English words, or ${MAX_JARGON}+ jargon terms on the page`,
    kwcag: [],
    wcag: ['3.1.3', '3.1.5'],
    personas: ['low-literacy', 'migrant', 'older'],
    severity: 'moderate',
    // Sentences are split by punctuation and jargon is found by word list: a person confirms.
    confidence: 'likely',
    evidence: ['longKorean', 'longWords', 'jargon', 'jargonCount'],
  },
  run(document, _window, { scan }) {
    const nodes: { element: Element; message: string; evidence: Evidence }[] = [];
    const terms = new Map<string, Element>();
    let sentences = 0;
    // Linear: one query, then each block marks its nearest enclosing block as "not innermost".
    const blocks = [...document.querySelectorAll(BLOCKS)].slice(0, MAX_BLOCKS);
    const outer = new Set<Element>();
    for (const block of blocks) {
      const parent = block.parentElement?.closest(BLOCKS);
      if (parent) outer.add(parent);
    }
    for (const block of blocks) {
      if (outer.has(block)) continue; // the innermost block speaks for its text
      const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length < 10 || !scan.visible(block)) continue;
      for (const sentence of text.split(/(?<=[.!?。])\s+|(?<=다\.)|(?<=요\.)/)) {
        if (!sentence.trim()) continue;
        sentences++;
        const hangul = (sentence.match(/\p{Script=Hangul}/gu) ?? []).length;
        const words = sentence.trim().split(/\s+/).length;
        const long = hangul > 0 ? hangul > MAX_KO_CHARS : words > MAX_EN_WORDS;
        if (long && !nodes.some((node) => node.element === block)) {
          nodes.push(
            hangul > 0
              ? {
                  element: block,
                  message: `sentence of ${hangul} Korean characters > ${MAX_KO_CHARS}`,
                  evidence: {
                    key: 'longKorean',
                    values: { chars: hangul, threshold: MAX_KO_CHARS },
                    measured: {
                      quantity: 'sentence-length',
                      value: hangul,
                      unit: 'Hangul characters',
                      comparison: '>',
                      threshold: MAX_KO_CHARS,
                    },
                  },
                }
              : {
                  element: block,
                  message: `sentence of ${words} words > ${MAX_EN_WORDS}`,
                  evidence: {
                    key: 'longWords',
                    values: { words, threshold: MAX_EN_WORDS },
                    measured: { quantity: 'sentence-length', value: words, unit: 'words', comparison: '>', threshold: MAX_EN_WORDS },
                  },
                },
          );
        }
      }
      for (const entry of jargon.ko) if (!terms.has(entry.term) && text.includes(entry.term)) terms.set(entry.term, block);
      for (const entry of EN_TERMS) if (!terms.has(entry.term) && entry.pattern.test(text)) terms.set(entry.term, block);
    }
    if (sentences === 0) return { outcome: 'inapplicable', nodes: [], summary: 'no running text' };
    const plain = (term: string) => [...jargon.ko, ...jargon.en].find((entry) => entry.term === term)?.plain ?? '';
    for (const [term, element] of terms)
      nodes.push({
        element,
        message: `jargon "${term}" → "${plain(term)}"`,
        evidence: { key: 'jargon', values: { term, plain: plain(term) }, matched: [term] },
      });
    const long = nodes.length - terms.size;
    const summary = `${long} long sentence block(s) of ${sentences} sentences; jargon: ${[...terms.keys()].join(', ') || 'none'}`;
    const outcome = long > 0 || terms.size >= MAX_JARGON ? 'failed' : terms.size > 0 ? 'needs-review' : 'passed';
    const evidence: Evidence[] = [
      {
        key: 'jargonCount',
        values: { count: terms.size, terms: [...terms.keys()].join(', '), threshold: MAX_JARGON },
        matched: [...terms.keys()],
        measured: { quantity: 'jargon-terms', value: terms.size, unit: 'terms', comparison: '≥', threshold: MAX_JARGON },
      },
    ];
    return { outcome, nodes: nodes.slice(0, 50), summary, evidence };
  },
};
