import { afterEach, describe, expect, it } from 'vitest';
import { findTerms } from './find-terms';
import { rangeOf, setTermMarks, TERM_HIGHLIGHT, TERM_STYLE_ID } from './page-marks';

class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

/** happy-dom has no CSS Custom Highlight API: give the window a minimal one for the test. */
function withHighlightApi() {
  const registry = new Map<string, unknown>();
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  return {
    registry,
    restore: () => {
      delete (window as unknown as Record<string, unknown>).CSS;
      delete (window as unknown as Record<string, unknown>).Highlight;
    },
  };
}

afterEach(() => {
  document.body.replaceChildren();
  document.getElementById(TERM_STYLE_ID)?.remove();
});

describe('setTermMarks', () => {
  it('paints ranges with one style element and removes every trace when turned off, never touching the page text', async () => {
    const api = withHighlightApi();
    const p = document.createElement('p');
    p.textContent = '주민등록표 등본을 발급합니다';
    document.body.append(p);
    const before = document.body.innerHTML;
    const { matches } = await findTerms(document.body, { yieldToPage: () => Promise.resolve() });

    expect(setTermMarks(document, matches)).toBe(2);
    const highlight = api.registry.get(TERM_HIGHLIGHT) as FakeHighlight;
    expect(highlight.ranges.map(String)).toEqual(['주민등록표 등본', '발급']);
    expect(document.querySelectorAll(`#${TERM_STYLE_ID}`).length).toBe(1);
    setTermMarks(document, matches);
    expect(document.querySelectorAll(`#${TERM_STYLE_ID}`).length).toBe(1);
    expect(document.body.innerHTML).toBe(before);

    setTermMarks(document, null);
    expect(api.registry.has(TERM_HIGHLIGHT)).toBe(false);
    expect(document.getElementById(TERM_STYLE_ID)).toBeNull();
    api.restore();
  });

  it('does nothing where the browser has no Highlight API', async () => {
    const p = document.createElement('p');
    p.textContent = '등본';
    document.body.append(p);
    const { matches } = await findTerms(document.body, { yieldToPage: () => Promise.resolve() });
    expect(setTermMarks(document, matches)).toBe(0);
    expect(document.getElementById(TERM_STYLE_ID)).toBeNull();
  });
});

describe('rangeOf', () => {
  it('gives no range once the page has changed that text', async () => {
    const p = document.createElement('p');
    p.textContent = '초본 발급';
    document.body.append(p);
    const { matches } = await findTerms(document.body, { yieldToPage: () => Promise.resolve() });
    expect(String(rangeOf(document, matches[0]!))).toBe('초본');
    p.firstChild!.nodeValue = '다른 글';
    expect(rangeOf(document, matches[0]!)).toBeNull();
  });
});
