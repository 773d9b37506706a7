/**
 * "What can I do on this page": a plain model of the page for the overlay's first section.
 *
 * Pure: takes a Document and reads it, never changes it. Computed only when the panel opens
 * (mount stays cheap). Items keep their element so the overlay can scroll to and highlight them
 * on its own layer.
 */
import { accessibleName } from '@/utils/accessible-name/name';
import { nameOf, shortName } from '@/utils/accessible-name/label';

export interface SummaryItem {
  text: string;
  element: Element;
}

export interface FormSummary extends SummaryItem {
  fieldCount: number;
  requiredCount: number;
  hasPassword: boolean;
}

export interface PageSummary {
  title: string;
  /** "Where am I": breadcrumb trail, empty when the page has none. */
  breadcrumb: string[];
  headings: SummaryItem[];
  /** Main actions, most likely first. */
  actions: SummaryItem[];
  forms: FormSummary[];
}

export interface SummaryOptions {
  /** Whether an element is shown; the default asks the browser (tests may pass their own). */
  isVisible?: (element: Element) => boolean;
  maxHeadings?: number;
  maxActions?: number;
}

const MAIN_SELECTORS = ['main', '[role="main"]', '#content', '#contents', '#container', '.content'];
const BREADCRUMB_SELECTORS = [
  'nav[aria-label*="breadcrumb" i]',
  'nav[aria-label*="현재 위치"]',
  'nav[aria-label*="위치"]',
  '[class*="breadcrumb" i]',
  '.location',
  '#location',
];
const OUTSIDE_MAIN = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"]';
const ACTION_SELECTOR = 'button, a[href], input[type="submit"], input[type="button"], input[type="image"], [role="button"]';
const FIELD_SELECTOR =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="image"]), select, textarea';
/**
 * Actions looked at, in page order. A page's task sits near its top; the thousands of links of
 * a long notice board add nothing to the ranking but a long task when the panel opens.
 */
const MAX_ACTION_CANDIDATES = 400;
/** Verbs of the tasks people come for; an action saying one of them is probably a main one. */
const TASK_WORDS =
  /신청|발급|조회|검색|다음|확인|제출|출력|열람|로그인|예약|납부|등록|시작|접수|보기|apply|issue|search|next|submit|continue|start|sign in|log in|print/i;
const PRIMARY_CLASS = /primary|btn[-_]?(main|big|large|lg|point|blue)|main[-_]?btn|cta|krds-btn.*primary/i;

export function summarizePage(doc: Document, options: SummaryOptions = {}): PageSummary {
  const isVisible = options.isVisible ?? defaultIsVisible;
  const main = findMain(doc);
  const h1 = [...doc.querySelectorAll('h1')].find(isVisible);
  const title = shortName(doc.title) || (h1 ? calledText(h1) : '') || doc.location?.host || '';

  const headings: SummaryItem[] = [];
  for (const element of main.querySelectorAll('h1, h2, h3')) {
    if (headings.length >= (options.maxHeadings ?? 8)) break;
    const text = isVisible(element) ? calledText(element) : '';
    if (text) headings.push({ text, element });
  }

  return {
    title,
    breadcrumb: findBreadcrumb(doc, isVisible),
    headings,
    actions: rankActions(main, isVisible).slice(0, options.maxActions ?? 6),
    forms: summarizeForms(doc, isVisible),
  };
}

function findMain(doc: Document): Element {
  for (const selector of MAIN_SELECTORS) {
    const found = doc.querySelector(selector);
    if (found) return found;
  }
  return doc.body ?? doc.documentElement;
}

function findBreadcrumb(doc: Document, isVisible: (element: Element) => boolean): string[] {
  for (const selector of BREADCRUMB_SELECTORS) {
    const container = [...doc.querySelectorAll(selector)].find(isVisible);
    if (!container) continue;
    const parts = [...container.querySelectorAll('li, a, [aria-current]')]
      .filter((part) => !part.querySelector('li, a'))
      .map(calledText)
      .filter(Boolean);
    const unique = parts.filter((part, index) => parts.indexOf(part) === index);
    if (unique.length > 0) return unique;
  }
  return [];
}

function rankActions(main: Element, isVisible: (element: Element) => boolean): SummaryItem[] {
  const scored: { item: SummaryItem; score: number; order: number }[] = [];
  const seen = new Set<string>();
  [...main.querySelectorAll(ACTION_SELECTOR)].slice(0, MAX_ACTION_CANDIDATES).forEach((element, order) => {
    if (!isVisible(element) || element.closest(OUTSIDE_MAIN) || element.matches(':disabled')) return;
    const text = calledText(element);
    if (!text || seen.has(text)) return;
    seen.add(text);
    scored.push({ item: { text, element }, score: scoreAction(element, text), order });
  });
  return scored
    .filter((candidate) => candidate.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((candidate) => candidate.item);
}

function scoreAction(element: Element, text: string): number {
  let score = 1;
  const isLink = element.tagName === 'A';
  if (!isLink) score += 1;
  if (element.matches('[type="submit"], form button:not([type])')) score += 2;
  if (PRIMARY_CLASS.test(element.getAttribute('class') ?? '')) score += 3;
  if (TASK_WORDS.test(text)) score += 2;
  // A link inside running text or a long list of links is navigation, not the page's task.
  if (isLink && element.closest('p, li') && !PRIMARY_CLASS.test(element.getAttribute('class') ?? '')) score -= 1;
  if (text.length > 40) score -= 1;
  return score;
}

function summarizeForms(doc: Document, isVisible: (element: Element) => boolean): FormSummary[] {
  return [...doc.querySelectorAll('form')]
    .filter((form) => isVisible(form))
    .map((form) => {
      const fields = [...form.querySelectorAll(FIELD_SELECTOR)].filter(isVisible);
      return {
        element: form,
        text: formName(form),
        fieldCount: fields.length,
        requiredCount: fields.filter((field) => field.hasAttribute('required') || field.getAttribute('aria-required') === 'true').length,
        hasPassword: fields.some((field) => field.matches('input[type="password"]')),
      };
    })
    .filter((form) => form.fieldCount > 0);
}

function formName(form: Element): string {
  const labelled = shortName(accessibleName(form));
  if (labelled) return labelled;
  const legend = form.querySelector('legend, h2, h3, h4');
  if (legend) return calledText(legend);
  const section = form.closest('section, article');
  const heading = section?.querySelector('h2, h3, h4');
  return heading ? calledText(heading) : '';
}

/** What a thing is called (nameOf), short enough for a line of the panel. */
function calledText(element: Element): string {
  return shortName(nameOf(element));
}

function defaultIsVisible(element: Element): boolean {
  if (element.closest('[hidden], [aria-hidden="true"]')) return false;
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  return check ? check.call(element, { visibilityProperty: true }) : true;
}
