/** What the guide reads off the page to talk about it in the page's own words. */

const MAX_LABEL = 60;

/**
 * The label to show in 「」 for the element the guide matched: the step's own label when the
 * element shows it, else the element's own visible text (the menu of another page may say
 * 「주민등록표 등본 발급」 where the guide says 「주민등록표 등본(초본) 발급」). Fields show no text
 * of their own: their label stays the step's.
 */
export function onScreenLabel(element: Element, stepLabel: string | undefined): string | undefined {
  if (/^(input|select|textarea)$/i.test(element.localName)) return stepLabel;
  const shown = (((element as HTMLElement).innerText ?? element.textContent) || '').split('\n').map(clean).find(Boolean) ?? '';
  if (!shown || shown.length > MAX_LABEL) return stepLabel;
  if (stepLabel && clean((element as HTMLElement).innerText ?? element.textContent ?? '').includes(stepLabel)) return stepLabel;
  return shown;
}

/**
 * The page's name as the person sees it: its most prominent heading (the largest visible one),
 * since many government pages share one <title> ("정부24") and put a menu heading first.
 */
export function pageName(doc: Document): string {
  const view = doc.defaultView;
  let best = '';
  let size = 0;
  for (const heading of [...doc.querySelectorAll('h1, h2, h3')].slice(0, 40)) {
    const box = heading.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const text = clean(heading.textContent ?? '');
    const fontSize = parseFloat(view?.getComputedStyle(heading).fontSize ?? '') || 0;
    if (text && text.length <= MAX_LABEL && fontSize > size) {
      best = text;
      size = fontSize;
    }
  }
  return best || clean(doc.title) || doc.location?.host || '';
}

/** Where this page is, without its query or fragment (they may hold what the person typed). */
export function pagePath(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`.slice(0, 300);
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const FIELDS = 'input:not([type="hidden"]), select, textarea, button, [contenteditable]';
const BLOCKS = 'table, dl, [role="region"], [role="table"]';

/**
 * What a review step asks the person to read: the nearest block before the step's target that
 * shows values without asking for any (a table, a list or a region, or something holding one),
 * such as the 신청 내용 on a confirmation page or the issued document above its 「인쇄」 button.
 */
export function reviewBlock(target: Element): Element | null {
  const stop = target.ownerDocument.body;
  for (let node: Element | null = target; node && node !== stop; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (sibling.querySelector(FIELDS) || sibling.matches(FIELDS)) continue;
      if (sibling.matches(BLOCKS) || sibling.querySelector(BLOCKS)) return sibling;
    }
  }
  return null;
}
