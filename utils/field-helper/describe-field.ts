/**
 * Describes a page's form field for the field helper: its exact Korean label, which Korean
 * administrative format it asks for (formats.json) and what its attributes say about the input
 * (length, digits only, required …).
 *
 * Privacy by construction: this module reads attributes and label text only. It never touches
 * a control's `.value` (nor `textContent` of a control, which for a <textarea> is its default
 * value), so nothing the user types can reach our UI.
 */
import formatsFile from './formats.json';
import { isDescribableField } from './describable';
import { fieldLabel, legendText, nameOf, rowHeaderText, tidyLabel } from '@/utils/accessible-name/label';

export { isDescribableField };

export interface FieldFormat {
  key: string;
  labelKeywords: string[];
  nameTokens: string[];
  autocomplete: string[];
  types: string[];
}

export type FieldHint =
  | { kind: 'required' }
  | { kind: 'digitsOnly' }
  | { kind: 'exactLength'; length: number }
  | { kind: 'maxLength'; max: number }
  | { kind: 'choose' }
  | { kind: 'readOnly' }
  | { kind: 'part'; index: number; count: number }
  | { kind: 'placeholder'; text: string }
  | { kind: 'searchButton'; label: string };

export interface FieldDescription {
  /** The label as the page shows it (Korean on Korean sites), '' when the field has none. */
  koreanLabel: string;
  /** A key of formats.json, or null when no known format matched. */
  formatKey: string | null;
  hints: FieldHint[];
}

export const FORMATS: readonly FieldFormat[] = formatsFile.formats;

const CONTROL_SELECTOR = 'input, select, textarea';
/** Buttons next to an address field that open the site's address search. */
const SEARCH_BUTTON_WORDS = [
  '주소 검색',
  '주소검색',
  '우편번호 찾기',
  '우편번호찾기',
  '우편번호 검색',
  '주소 찾기',
  '주소찾기',
  '검색',
  '찾기',
];
const SEARCH_FORMATS = new Set(['address', 'postalCode']);

export function describeField(element: Element, formats: readonly FieldFormat[] = FORMATS): FieldDescription | null {
  if (!isDescribableField(element)) return null;
  const koreanLabel = fieldLabel(element);
  const formatKey = matchFormat(element, koreanLabel, formats);
  return { koreanLabel, formatKey, hints: hintsFor(element, koreanLabel, formatKey, formats) };
}

function compact(text: string): string {
  return text.toLowerCase().replace(/[\s_\-.()[\]]/g, '');
}

/** Splits a name or id into words: "userBirthDate2" → user, birth, date; "jumin_no1" → jumin, no. */
export function nameTokens(value: string): string[] {
  const words = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  // Also the whole name without separators, so "zip_code" matches "zipcode".
  const joined = words.join('');
  return joined && words.length > 1 ? [...words, joined] : words;
}

export function matchFormat(element: Element, koreanLabel: string, formats: readonly FieldFormat[] = FORMATS): string | null {
  const autocomplete = (element.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  const labelText = compact(
    [
      koreanLabel,
      element.getAttribute('aria-label'),
      element.getAttribute('title'),
      element.getAttribute('placeholder'),
      rowHeaderText(element),
      legendText(element),
    ]
      .filter(Boolean)
      .join(' '),
  );
  const tokens = new Set([...nameTokens(element.getAttribute('name') ?? ''), ...nameTokens(element.getAttribute('id') ?? '')]);

  // Strongest signals first: the page's own autocomplete token, then the words people read,
  // then the names developers chose, and the input type last.
  return (
    formats.find((format) => format.autocomplete.some((token) => autocomplete.includes(token)))?.key ??
    formats.find((format) => format.labelKeywords.some((keyword) => labelText.includes(compact(keyword))))?.key ??
    formats.find((format) => format.nameTokens.some((token) => tokens.has(token)))?.key ??
    formats.find((format) => format.types.includes(type))?.key ??
    null
  );
}

function hintsFor(element: Element, koreanLabel: string, formatKey: string | null, formats: readonly FieldFormat[]): FieldHint[] {
  const hints: FieldHint[] = [];
  const attribute = (name: string) => element.getAttribute(name);
  if (element.hasAttribute('required') || attribute('aria-required') === 'true') hints.push({ kind: 'required' });
  if (element.hasAttribute('readonly')) hints.push({ kind: 'readOnly' });
  if (element.localName === 'select') hints.push({ kind: 'choose' });

  const pattern = attribute('pattern') ?? '';
  const inputMode = (attribute('inputmode') ?? '').toLowerCase();
  const type = (attribute('type') ?? '').toLowerCase();
  if (inputMode === 'numeric' || type === 'number' || isDigitsPattern(pattern)) hints.push({ kind: 'digitsOnly' });

  const max = positiveInt(attribute('maxlength'));
  const min = positiveInt(attribute('minlength'));
  const patternLength = fixedPatternLength(pattern);
  if (max !== null && min === max) hints.push({ kind: 'exactLength', length: max });
  else if (patternLength !== null) hints.push({ kind: 'exactLength', length: patternLength });
  else if (max !== null) hints.push({ kind: 'maxLength', max });

  const part = partOfGroup(element, formatKey, formats);
  if (part) hints.push(part);

  const placeholder = tidyLabel(attribute('placeholder') ?? '');
  if (placeholder && placeholder !== koreanLabel) hints.push({ kind: 'placeholder', text: placeholder });

  if (formatKey && SEARCH_FORMATS.has(formatKey)) {
    const button = searchButtonNear(element);
    if (button) hints.push({ kind: 'searchButton', label: button });
  }
  return hints;
}

function positiveInt(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  const number = Number(value);
  return number > 0 && number < 10_000 ? number : null;
}

/** "\d{6}", "[0-9]*", "^[0-9]{3,4}$" … : patterns that allow digits and nothing else. */
function isDigitsPattern(pattern: string): boolean {
  if (!pattern) return false;
  const rest = pattern.replace(/\\d|\[0-9\]/g, '').replace(/\{\d+(,\d*)?\}|[+*?^$]/g, '');
  return rest === '' && pattern !== rest;
}

function fixedPatternLength(pattern: string): number | null {
  const match = /^\^?(?:\\d|\[0-9\])\{(\d+)\}\$?$/.exec(pattern);
  return match ? Number(match[1]) : null;
}

/**
 * For formats split over several boxes (휴대전화 010 | 1234 | 5678, 생년월일 as three selects):
 * which box this is. Looks a few levels up for a small group whose controls all share the format.
 */
function partOfGroup(element: Element, formatKey: string | null, formats: readonly FieldFormat[]): FieldHint | null {
  if (!formatKey) return null;
  let container = element.parentElement;
  for (let level = 0; container && level < 3; level += 1, container = container.parentElement) {
    const controls = Array.from(container.querySelectorAll(CONTROL_SELECTOR)).filter(isDescribableField);
    if (controls.length < 2) continue;
    if (controls.length > 4) return null;
    const sameFormat = controls.every((control) => control === element || matchFormat(control, fieldLabel(control), formats) === formatKey);
    if (!sameFormat) return null;
    return { kind: 'part', index: controls.indexOf(element as (typeof controls)[number]) + 1, count: controls.length };
  }
  return null;
}

/** The label of the site's own search button beside an address field, e.g. 「주소 검색」. */
function searchButtonNear(element: Element): string | null {
  let container = element.parentElement;
  for (let level = 0; container && level < 3; level += 1, container = container.parentElement) {
    // Older sites make "buttons" from spans with onclick (<span class="btn" onclick=…>주소 검색</span>).
    const buttons = Array.from(container.querySelectorAll('button, input[type="button"], [role="button"], a[href], [onclick], .btn'));
    for (const word of SEARCH_BUTTON_WORDS) {
      for (const button of buttons) {
        const label = tidyLabel(nameOf(button));
        if (label.includes(word)) return label;
      }
    }
  }
  return null;
}
