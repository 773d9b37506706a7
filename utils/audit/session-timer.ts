/**
 * How a page's session time limit looks: "남은 시간 09:58" and its 연장 button. One detector for
 * the audit's session-time-limit check (./checks/session-time-limit.ts) and for the overlay, which
 * keeps a live timer clear of everything it draws (a slow typist must see the clock).
 *
 * Pure text tests on elements; nothing here waits, samples or imports the audit.
 */

export const TIME_WORDS =
  /남은\s*시간|남은\s*이용\s*시간|자동\s*로그아웃|로그아웃까지|세션\s*(?:만료|종료)|time\s*(?:remaining|left)|remaining\s*time|session\s*(?:expires|timeout)/i;
export const CLOCK = /(\d{1,2})\s*[:：]\s*(\d{2})|(\d+)\s*분\s*(\d+)\s*초|(\d+)\s*초/;
export const EXTEND_WORDS = /연장|시간\s*늘리기|extend|more\s*time/i;
/** Ids or classes that name an extend control even when it shows no text (an icon). */
export const EXTEND_HINT = /extend|연장|session[-_]?(?:renew|reset)|time[-_]?(?:plus|add)/i;
/**
 * Times that cannot be a countdown: a range ("09:00~18:00", "9:00 - 18:00", "09:00부터 18:00") or a
 * timestamp after a date ("2026-11-27 14:00"). They are taken out of the text before looking for
 * clocks, so a page whose only times are opening hours or dates is not sampled at all.
 */
const NOT_A_COUNTDOWN =
  /\d{1,2}\s*[:：]\s*\d{2}\s*(?:[~∼〜\-–—]|부터)\s*\d{1,2}\s*[:：]\s*\d{2}|\d{4}\s*[-./년]\s*\d{1,2}\s*[-./월]\s*\d{1,2}\s*[.일]?\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?/g;

/** The element's own text (its text nodes, not its children's). */
export function ownText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) text += child.nodeValue ?? '';
  return text;
}

/** Own text without the times that cannot be a countdown (ranges, timestamps). */
export function clockText(element: Element): string {
  return ownText(element).replace(NOT_A_COUNTDOWN, ' ');
}

/** The label holds the clock, the clock holds the label, or they share a parent ("<b>남은 시간</b> <span>09:58</span>"). */
export function beside(label: Element, clock: Element): boolean {
  return label.contains(clock) || clock.contains(label) || (label.parentElement !== null && label.parentElement === clock.parentElement);
}

/** Seconds shown by a clock text, or null. */
export function seconds(text: string): number | null {
  const match = CLOCK.exec(text);
  if (!match) return null;
  if (match[1] !== undefined) return Number(match[1]) * 60 + Number(match[2]);
  if (match[3] !== undefined) return Number(match[3]) * 60 + Number(match[4]);
  return Number(match[5]);
}

/**
 * The live session timers on a page: for each text saying there is a time limit ("남은 시간") with
 * a clock in it, under it or beside it, the smallest element holding both (and so, on the pages
 * we know, the 연장 button next to them). What must stay in view while someone fills in a form.
 */
export function findSessionTimers(root: ParentNode, limit = 5): Element[] {
  const found: Element[] = [];
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && found.length < limit; node = walker.nextNode()) {
    const label = node.parentElement;
    if (!label || !TIME_WORDS.test(node.nodeValue ?? '') || found.some((timer) => timer.contains(label))) continue;
    const ticking = (element: Element) => CLOCK.test(clockText(element));
    if (ticking(label) || [...label.children].some(ticking)) found.push(label);
    else if (label.parentElement && [...label.parentElement.children].some(ticking)) found.push(label.parentElement);
  }
  return found;
}
