/**
 * Personal values on the current page, so redaction can mask them wherever they appear: the
 * values of text-like fields, and URL query values whose parameter names a personal purpose
 * (name, birth date, phone, address …; data/field-purposes.json). Never stored; used only to mask.
 */
import { purposeOf } from './page-facts';

const TEXT_TYPES = new Set(['text', 'search', 'email', 'tel', 'number', 'password', 'date', 'url', '']);
const PERSONAL = new Set(['rrn', 'foreigner-number', 'bday', 'name', 'tel', 'email', 'address', 'username', 'password']);

export function knownPersonalValues(document: Document, location: Location): string[] {
  const values = new Set<string>();
  for (const field of document.querySelectorAll('input, textarea')) {
    const input = field as HTMLInputElement;
    if (field.localName === 'input' && !TEXT_TYPES.has(input.type)) continue;
    const value = input.value.trim();
    if (value.length >= 2) values.add(value);
  }
  for (const [name, value] of new URLSearchParams(location.search)) {
    const purpose = purposeOf('', name.replace(/\d+$/, ''), '', '');
    if (PERSONAL.has(purpose) && value.trim().length >= 2) values.add(value.trim());
  }
  // Longest first, so "서울특별시 종로구" is masked whole before "종로구".
  return [...values].sort((a, b) => b.length - a.length);
}
