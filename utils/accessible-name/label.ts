/**
 * How Korean government forms label their fields, layered over the accessible name (name.ts) in
 * this one place: many forms name a field only by the table around it (<tr><th>성명</th><td>
 * <input></td></tr>), by its title, or by its placeholder. Also the short form of a name for
 * our own UI.
 */
import { isDescribableField } from '@/utils/field-helper/describable';
import { accessibleName, byIds, labelsOf, textAlternative } from './name';

const CONTROLS = 'input, select, textarea';
const FIELDS = new Set(['input', 'select', 'textarea']);

/** A name shortened for a line of our UI: white space collapsed, at most `max` characters with "…". */
export function shortName(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * What people call the element, for the overlay and the guides: its accessible name; for a
 * field without one, its placeholder (the last resort a person reads); for an element that
 * accname does not name from its content (a clickable <span class="btn">, a list item), its text.
 */
export function nameOf(element: Element): string {
  const name = accessibleName(element);
  if (name) return name;
  if (FIELDS.has(element.localName)) return flat(element.getAttribute('placeholder') ?? '');
  return textAlternative(element);
}

/** Drops the "required" marks and trailing colons pages put into labels: "* 성명 :" → "성명". */
export function tidyLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\(\s*필수\s*\)|\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[:：]$/, '')
    .trim();
}

/**
 * The label a form field shows people: its accessible name (aria-labelledby, aria-label,
 * <label>, title), else its row's header cell, else its placeholder, else its group's legend.
 * A row header shared by several boxes (주소: 시/도, 시/군/구, 상세 주소) says less about one box
 * than that box's own placeholder, so then the placeholder comes first. Tidied (no "*", "(필수)",
 * trailing colon).
 */
export function fieldLabel(element: Element): string {
  const placeholder = element.getAttribute('placeholder') ?? '';
  const header = rowHeaderText(element);
  const candidates = [
    accessibleName(element),
    ...(sharesRowHeader(element) ? [placeholder, header] : [header, placeholder]),
    legendText(element),
  ];
  for (const candidate of candidates) {
    const label = tidyLabel(candidate);
    if (label) return label;
  }
  return '';
}

/**
 * The label a page shows beside a field, without attributes people do not see: the elements it
 * is labelled by or its <label>, else (form fields only) its row's header cell, else — for a
 * check box alone in its cell — the words in the next cell.
 */
export function visibleLabel(element: Element): string {
  const byLabel = labelElementsText(element);
  if (byLabel) return byLabel;
  if (!FIELDS.has(element.localName)) return '';
  const header = rowHeaderText(element);
  if (header) return header;
  const cell = element.closest('td');
  const next = cell?.nextElementSibling;
  return cell && next && !next.querySelector(CONTROLS) ? textAlternative(next) : '';
}

function labelElementsText(element: Element): string {
  const referenced = byIds(element, 'aria-labelledby');
  if (referenced.length) return flat(referenced.map(textAlternative).join(' '));
  return FIELDS.has(element.localName) ? flat(labelsOf(element).map(textAlternative).join(' ')) : '';
}

/** The header cell of the field's row: the nearest <th> before its cell, else the row's first <th>. */
export function rowHeaderText(element: Element): string {
  const cell = element.closest('td');
  const row = cell?.parentElement;
  if (!cell || row?.localName !== 'tr') return '';
  let sibling = cell.previousElementSibling;
  while (sibling && sibling.localName !== 'th') sibling = sibling.previousElementSibling;
  const header = sibling ?? row.querySelector(':scope > th');
  return header ? textAlternative(header) : '';
}

function sharesRowHeader(element: Element): boolean {
  const cell = element.closest('td');
  return !!cell && Array.from(cell.querySelectorAll(CONTROLS)).filter(isDescribableField).length > 1;
}

/** The legend of the field's group (<fieldset>). */
export function legendText(element: Element): string {
  const legend = element.closest('fieldset')?.querySelector(':scope > legend');
  return legend ? textAlternative(legend) : '';
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
