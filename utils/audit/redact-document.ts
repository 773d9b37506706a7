/**
 * The personal values on one page, found by where they stand in the document, so redaction
 * (redact.ts maskKnown) masks them wherever they appear on that page — in text, snippets,
 * attribute values and selectors. Patterns alone cannot tell a name from any other word; a
 * document can: an issued certificate puts the name in the cell under 「성명(한자)」, the birth date
 * in the dd after 「생년월일」, the address beside 「주소」. Found here:
 * - the text of cells under a personal column header, and beside a personal row header;
 * - the dd after a personal dt; the element right after a personal label element, and the rest
 *   of its parent's text ("<b>성명</b> 박순자");
 * - for names, each word of such a value too ("홍길동 (洪吉童)" → 홍길동, 洪吉童), so a title or alt
 *   that repeats the name alone is masked as well;
 * - the value of every form field (text fields, hidden fields, text areas, the chosen option of a
 *   personal select) and of personal URL query parameters.
 * Never stored or sent: used in the page only, to mask.
 */
import { purposeOf } from './page-facts';

/** Header and label texts that announce personal data, and of what kind. */
const LABELS: [RegExp, 'name' | 'other'][] = [
  [
    /^(?:성\s*명|이\s*름|성함|한자\s*(?:성명|이름)?|영문\s*(?:성명|이름)|세대주(?:\s*성명)?|신청인(?:\s*(?:성명|이름))?|대표자|예금주|수령인|보호자|성명\s*\(\s*(?:한자|영문)\s*\)|(?:full |given |family |last |first )?name|surname)$/i,
    'name',
  ],
  [
    /^(?:생년월일|출생\s*(?:연월일|일자|일)?|생일|주민\s*등록\s*번호|외국인\s*등록\s*번호|등록\s*번호|주소|현\s*주소|주민\s*등록\s*지|본적|등록\s*기준지|거주지|도로명\s*주소|지번\s*주소|전화\s*번호|연락처|휴대\s*(?:전화|폰)(?:\s*번호)?|자택\s*전화|전화|이메일|전자\s*우편|e-?mail|계좌\s*(?:번호)?|카드\s*번호|여권\s*번호|date of birth|birth\s*date|dob|address|phone|mobile|tel|passport(?:\s*no\.?)?)$/i,
    'other',
  ],
];

const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'number', 'password', 'date', 'url', '']);
const PERSONAL_PURPOSES = new Set(['rrn', 'foreigner-number', 'bday', 'name', 'tel', 'email', 'address', 'username', 'password']);
const MAX_VALUE = 80;

export function personalValuesOf(document: Document, location: Pick<Location, 'search'>): string[] {
  const values = new Set<string>();
  const add = (text: string | null | undefined, kind: 'name' | 'other' | 'field') => {
    const value = (text ?? '').replace(/\s+/g, ' ').trim();
    if (!meaningful(value, kind)) return;
    values.add(value);
    // A name's words on their own: "홍길동 (洪吉童)" → 홍길동, 洪吉童; "PARK SOONJA" → PARK, SOONJA.
    if (kind === 'name') for (const word of value.split(/[\s(),·/]+/)) if (meaningful(word, 'name')) values.add(word);
  };

  for (const element of document.querySelectorAll('th, td, dt, label, b, strong, span, em, div, p, li')) {
    const kind = labelKind(element);
    if (!kind) continue;
    for (const value of valuesBeside(element)) add(value, kind);
  }

  for (const field of document.querySelectorAll('input, textarea, select')) {
    if (field.localName === 'select') {
      const select = field as HTMLSelectElement;
      const purpose = purposeOf(field.getAttribute('autocomplete') ?? '', select.name, select.id, '');
      if (PERSONAL_PURPOSES.has(purpose)) for (const option of select.selectedOptions) add(option.textContent, 'field');
      continue;
    }
    const input = field as HTMLInputElement;
    const type = input.type;
    if (field.localName === 'input' && !TEXT_TYPES.has(type) && type !== 'hidden') continue;
    add(input.value, 'field');
    // A value as the markup wrote it, where a script has since changed the field.
    add(field.getAttribute('value'), 'field');
  }

  for (const [name, value] of new URLSearchParams(location.search)) {
    const purpose = purposeOf('', name.replace(/\d+$/, ''), '', '');
    if (PERSONAL_PURPOSES.has(purpose)) add(value, 'field');
  }
  // Longest first, so "서울특별시 종로구 세종대로 209" is masked whole before "세종대로".
  return [...values].sort((a, b) => b.length - a.length);
}

/** The kind of personal label an element is, from its own short text ("성명(한자)", "생년월일 :"). */
function labelKind(element: Element): 'name' | 'other' | null {
  if (element.children.length > 2) return null;
  const text = (element.textContent ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[:：*※]/g, '')
    .trim();
  if (text.length === 0 || text.length > 24) return null;
  for (const [pattern, kind] of LABELS) if (pattern.test(text)) return kind;
  return null;
}

/** The texts a label announces: its column, its row, its definition, its neighbour. */
function valuesBeside(label: Element): string[] {
  const tag = label.localName;
  if (tag === 'th' || tag === 'td') return tableValues(label as HTMLTableCellElement);
  if (tag === 'dt') {
    const values: string[] = [];
    for (let next = label.nextElementSibling; next && next.localName === 'dd'; next = next.nextElementSibling)
      values.push(next.textContent ?? '');
    return values;
  }
  if (tag === 'label' && label.getAttribute('for')) return [];
  const values: string[] = [];
  const next = label.nextElementSibling;
  if (next && (next.textContent ?? '').length <= MAX_VALUE && !labelKind(next)) values.push(next.textContent ?? '');
  // "<b>성명</b> 박순자": the parent's own text beside the label.
  const parent = label.parentElement;
  if (parent && parent.children.length <= 3) {
    let own = '';
    for (let child = parent.firstChild; child; child = child.nextSibling) if (child.nodeType === 3) own += child.nodeValue ?? '';
    values.push(own.replace(/^[\s:：]+/, ''));
  }
  return values;
}

/** Cells a header cell heads: the rest of its row (a row header), or its column below it (a column header). */
function tableValues(cell: HTMLTableCellElement): string[] {
  const row = cell.parentElement as HTMLTableRowElement | null;
  if (!row) return [];
  const cells = [...row.children] as HTMLTableCellElement[];
  const index = cells.indexOf(cell);
  const values: string[] = [];
  // A row header: the data cells after it, up to the next header.
  for (const next of cells.slice(index + 1)) {
    if (next.localName === 'th' || labelKind(next)) break;
    values.push(next.textContent ?? '');
  }
  // A column header: the cells in the same column further down (a header row has only headers).
  const headerRow = cells.every((other) => other.localName === 'th' || labelKind(other) !== null);
  if (headerRow) {
    const column = columnOf(cells, index);
    const table = row.closest('table');
    const rows = table ? ([...table.querySelectorAll('tr')] as HTMLTableRowElement[]) : [];
    for (const below of rows.slice(rows.indexOf(row) + 1)) {
      const target = cellAtColumn([...below.children] as HTMLTableCellElement[], column);
      if (target && target.localName === 'td') values.push(target.textContent ?? '');
    }
  }
  return values;
}

function columnOf(cells: readonly HTMLTableCellElement[], index: number): number {
  let column = 0;
  for (let i = 0; i < index; i++) column += Math.max(1, cells[i]!.colSpan || 1);
  return column;
}

function cellAtColumn(cells: readonly HTMLTableCellElement[], column: number): HTMLTableCellElement | undefined {
  let at = 0;
  for (const cell of cells) {
    const span = Math.max(1, cell.colSpan || 1);
    if (column >= at && column < at + span) return cell;
    at += span;
  }
  return undefined;
}

/**
 * Worth masking: two characters of a name or a field (Hangul, Hanja), or four of Latin letters
 * and digits ("ko", "Y", "01" would mask half the page); never a bare label or a placeholder dash.
 */
function meaningful(value: string, kind: 'name' | 'other' | 'field'): boolean {
  if (value.length < 2 || value.length > MAX_VALUE) return false;
  if (!/[\p{L}\p{N}]/u.test(value)) return false;
  if (/^[\x20-\x7e]+$/.test(value) && value.length < (kind === 'name' ? 3 : 4)) return false;
  return !LABELS.some(([pattern]) => pattern.test(value));
}
