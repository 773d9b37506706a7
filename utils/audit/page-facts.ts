/**
 * Facts journey-level checks compare across pages: where help is offered and what each form
 * field asks for. Never a value; labels are redacted.
 */
import purposes from './data/field-purposes.json';
import { textOf } from './check-types';
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
    const label = redactText(labelOf(field)).slice(0, 60);
    const name = input.name ?? '';
    const autocomplete = field.getAttribute('autocomplete') ?? '';
    const purpose = purposeOf(autocomplete, name, field.id, label);
    if (fields.some((known) => known.purpose === purpose && known.name === name)) continue; // radio/checkbox groups
    fields.push({ purpose, label, name, autocomplete, type: input.type || field.localName });
  }
  return { help, fields };
}

/** Purpose from autocomplete first, then name/id, then the label; else the normalised label itself. */
export function purposeOf(autocomplete: string, name: string, id: string, label: string): string {
  const tokens = autocomplete.split(/\s+/).filter((token) => token && !['on', 'off'].includes(token));
  for (const candidate of [tokens.join(' '), name, id, label]) {
    if (!candidate) continue;
    const found = PURPOSES.find((entry) => entry.pattern.test(candidate));
    if (found) return found.purpose;
  }
  return `label:${label.replace(/[\s*:：]/g, '').toLowerCase() || name || id}`;
}

function labelOf(field: Element): string {
  const labels = (field as HTMLInputElement).labels;
  if (labels && labels.length > 0)
    return [...labels]
      .map((label) => label.textContent ?? '')
      .join(' ')
      .trim();
  const aria = field.getAttribute('aria-label') ?? field.getAttribute('title') ?? field.getAttribute('data-label');
  if (aria) return aria;
  const row = field.closest('tr');
  const header = row?.querySelector('th');
  return (header?.textContent ?? field.getAttribute('placeholder') ?? '').trim();
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
