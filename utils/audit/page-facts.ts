/**
 * Facts journey-level checks compare across pages: where help is offered and what each form
 * field asks for. Never a value; labels are redacted.
 */
import purposes from './data/field-purposes.json';
import { textOf } from './check-types';
import { fieldLabel } from '@/utils/accessible-name/label';
import type { PageScan } from './page-scan';
import { redactText } from './redact';
import type { PageFacts } from './types';

const HELP = /도움말|도움\s*받기|\bhelp\b|문의|고객\s*센터|콜\s*센터|상담|FAQ|자주\s*묻는|\b110\b/i;
const HELP_HREF = /help|faq|qna|contact|counsel/i;
const PURPOSES = purposes.purposes.map((entry) => ({ purpose: entry.purpose, pattern: new RegExp(entry.pattern, 'i') }));
const REGION_TAGS: Record<string, string> = { header: 'header', nav: 'nav', main: 'main', aside: 'aside', footer: 'footer' };
const REGION_ROLES: Record<string, string> = {
  banner: 'header',
  navigation: 'nav',
  main: 'main',
  complementary: 'aside',
  contentinfo: 'footer',
};
const REGION_CLASSES = /\b(head(?:er)?|gnb|top|nav|lnb|foot(?:er)?|side|aside|contents?|main|float)\b/i;

export function collectFacts(document: Document, window: Window, scan: PageScan): PageFacts {
  const height = Math.max(document.documentElement.scrollHeight, window.innerHeight, 1);
  const help: PageFacts['help'] = [];
  for (const element of scan.interactive) {
    if (help.length >= 10) break;
    const text = textOf(element);
    const href = element.getAttribute('href') ?? '';
    if (!HELP.test(text) && !HELP_HREF.test(href)) continue;
    if (!scan.visible(element)) continue;
    const rect = scan.rect(element);
    const fixed = scan.style(element).position === 'fixed' || hasFixedAncestor(element, scan);
    const top = (rect.top + window.scrollY) / height;
    help.push({
      text: redactText(text || href).slice(0, 60),
      region: regionOf(element),
      position: fixed ? 'fixed' : top < 0.2 ? 'top' : top > 0.8 ? 'bottom' : 'middle',
    });
  }
  const fields: PageFacts['fields'] = [];
  for (const field of scan.fields) {
    const input = field as HTMLInputElement;
    if (['submit', 'button', 'reset', 'image', 'hidden'].includes(input.type)) continue;
    // A search box asks for no information about the person: never a field of the task.
    if (isSearchField(field)) continue;
    const label = redactText(fieldLabel(field)).slice(0, 60);
    const name = input.name ?? '';
    const autocomplete = field.getAttribute('autocomplete') ?? '';
    const purpose = purposeOf(autocomplete, name, field.id, label);
    if (fields.some((known) => known.purpose === purpose && known.name === name)) continue; // radio/checkbox groups
    fields.push({ purpose, label, name, autocomplete, type: input.type || field.localName });
  }
  return { help, fields };
}

/** Which of a field's attributes told its purpose; `same-label` when none did and its label text itself stands for it. */
export type PurposeBasis = 'autocomplete' | 'name' | 'id' | 'label' | 'same-label';

/** Purpose from autocomplete first, then name/id, then the label; else the normalised label itself. */
export function purposeOf(autocomplete: string, name: string, id: string, label: string): string {
  return purposeWithBasis(autocomplete, name, id, label).purpose;
}

/** purposeOf, and which attribute told it (the evidence of redundant-entry). */
export function purposeWithBasis(autocomplete: string, name: string, id: string, label: string): { purpose: string; basis: PurposeBasis } {
  const tokens = autocomplete.split(/\s+/).filter((token) => token && !['on', 'off'].includes(token));
  const candidates: [string, PurposeBasis][] = [
    [tokens.join(' '), 'autocomplete'],
    [name, 'name'],
    [id, 'id'],
    [label, 'label'],
  ];
  for (const [candidate, basis] of candidates) {
    if (!candidate) continue;
    const found = PURPOSES.find((entry) => entry.pattern.test(candidate));
    if (found) return { purpose: found.purpose, basis };
  }
  return { purpose: `label:${label.replace(/[\s*:：]/g, '').toLowerCase() || name || id}`, basis: 'same-label' };
}

const SEARCH_NAME = /^(?:q|query|keyword|kwd|search\w*|srch\w*|sch(?:word|wrd|kwd|keyword|text|txt)|검색어?)$/i;

/** type=search, a searchbox, a field inside a search landmark, or one named like a search query. */
export function isSearchField(field: Element): boolean {
  const input = field as HTMLInputElement;
  if (input.type === 'search' || field.getAttribute('role') === 'searchbox') return true;
  if (field.closest('search, [role="search" i]')) return true;
  return SEARCH_NAME.test(field.getAttribute('name') ?? '') || SEARCH_NAME.test(field.id);
}

function regionOf(element: Element): string {
  for (let current: Element | null = element; current; current = current.parentElement) {
    const byTag = REGION_TAGS[current.localName];
    if (byTag) return byTag;
    const byRole = REGION_ROLES[current.getAttribute('role') ?? ''];
    if (byRole) return byRole;
    const byClass = REGION_CLASSES.exec(current.getAttribute('class') ?? '');
    if (byClass) return byClass[1]!.toLowerCase();
  }
  return 'body';
}

function hasFixedAncestor(element: Element, scan: PageScan): boolean {
  let depth = 0;
  for (let current = element.parentElement; current && depth < 4; current = current.parentElement, depth++) {
    if (scan.style(current).position === 'fixed') return true;
  }
  return false;
}
