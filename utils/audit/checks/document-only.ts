import type { Check } from '../check-types';
import { textOf } from '../check-types';

const DOCUMENT = /\.(hwpx?|pdf|docx?|xlsx?)(?:[?#]|$)/i;
const WEB_VIEW = /바로\s*보기|미리\s*보기|웹\s*(?:에서)?\s*보기|본문\s*보기|html|view\s*online|read\s*online/i;

/** Content offered only as HWP/PDF/Office files, without a web page to read. */
export const check: Check = {
  meta: {
    id: 'document-only',
    source: 'Dotbogi research; KWCAG 2.2 4.2.1 (accessible content in other formats)',
    threshold: 'a document link whose surrounding block has no web view link',
    kwcag: [],
    wcag: [],
    personas: ['screen-reader', 'older', 'migrant', 'low-vision'],
    severity: 'moderate',
    // A web version may exist elsewhere on the site: only likely.
    confidence: 'likely',
    evidence: ['documentOnly', 'count'],
  },
  run(_document, _window, { scan }) {
    const documents = scan.links.filter((link) => DOCUMENT.test(link.getAttribute('href') ?? ''));
    if (documents.length === 0) return { outcome: 'inapplicable', nodes: [], summary: 'no document links' };
    const nodes = documents
      .filter((link) => {
        const block = link.closest('li, td, p, dd, div') ?? link.parentElement;
        const siblings = block ? [...block.querySelectorAll('a[href]')] : [];
        return !siblings.some(
          (other) => other !== link && !DOCUMENT.test(other.getAttribute('href') ?? '') && WEB_VIEW.test(textOf(other)),
        );
      })
      .map((link) => {
        const format = (DOCUMENT.exec(link.getAttribute('href') ?? '')?.[1] ?? '').toUpperCase();
        return {
          element: link as Element,
          message: `${format} only, no web view link beside it`,
          evidence: { key: 'documentOnly', values: { format }, matched: [`.${format.toLowerCase()}`] },
        };
      });
    const summary = `${nodes.length} of ${documents.length} document links without a web version`;
    const evidence = [{ key: 'count', values: { failed: nodes.length, total: documents.length } }];
    return { outcome: nodes.length > 0 ? 'failed' : 'passed', nodes: nodes.slice(0, 50), summary, evidence };
  },
};
