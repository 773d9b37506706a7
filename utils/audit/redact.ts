/**
 * Removes personal data from anything an audit keeps: snippets, messages, labels.
 * Runs in the page (injected runner) and again in the background on import, so it has no
 * dependencies. Masks keep the shape ("010-****-****") so a designer still sees what kind of
 * data the page showed.
 */

const MASK = '＊';

interface Pattern {
  kind: string;
  pattern: RegExp;
  /** Extra test on a match (e.g. Luhn for card numbers). */
  accept?: (match: string) => boolean;
}

// Order matters: the most specific shapes first, so a resident number is not taken for a phone.
const PATTERNS: Pattern[] = [
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  // Resident / foreigner registration numbers: YYMMDD-GNNNNNN, also partly masked (900101-1******).
  { kind: 'registration-number', pattern: /(?<!\d)\d{6}\s?[-–]\s?[1-8*●•xX][\d*●•xX]{6}(?![\d*])/g },
  { kind: 'registration-number', pattern: /(?<!\d)\d{6}[1-8]\d{6}(?!\d)/g },
  { kind: 'phone', pattern: /(?:\+82[\s-]?(?:\(0\))?|(?<!\d))0?1[016789][\s.-]?\d{3,4}[\s.-]?\d{4}(?!\d)/g },
  { kind: 'phone', pattern: /(?:\+82[\s-]?|(?<!\d))0?(?:2|[3-6][1-5]|70)[\s.)-]\s?\d{3,4}[\s.-]\d{4}(?!\d)/g },
  { kind: 'card', pattern: /(?<!\d)\d(?:[\s-]?\d){12,18}(?!\d)/g, accept: (match) => luhn(match.replace(/\D/g, '')) },
  // Bank account numbers: 3 or 4 digit groups joined by hyphens, 10–16 digits in all.
  {
    kind: 'account',
    pattern: /(?<!\d)\d{2,6}-\d{2,6}-\d{2,6}(?:-\d{1,6})?(?!\d)/g,
    accept: (m) => digitCount(m) >= 10 && digitCount(m) <= 16,
  },
  { kind: 'account', pattern: /(?<!\d)\d{11,14}(?!\d)/g },
];

/** Redacts personal data in plain text. */
export function redactText(text: string): string {
  let out = text;
  for (const { pattern, accept } of PATTERNS) {
    out = out.replace(pattern, (match) => (accept && !accept(match) ? match : maskDigits(match)));
  }
  return out;
}

/**
 * Redacts an HTML snippet (outerHTML start, as axe gives it): drops `value` attributes and
 * textarea contents, then masks personal data in what remains, and caps the length.
 */
export function redactSnippet(html: string, maxLength = 300): string {
  const withoutValues = html
    .replace(/\s(value|data-value|placeholder-value)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ' $1=""')
    .replace(/(<textarea\b[^>]*>)[\s\S]*?(<\/textarea>|$)/gi, '$1$2')
    .replace(/(<option\b[^>]*\bselected\b[^>]*>)[^<]*/gi, '$1');
  const redacted = redactText(withoutValues);
  return redacted.length > maxLength ? `${redacted.slice(0, maxLength - 1)}…` : redacted;
}

function maskDigits(match: string): string {
  return match.replace(/[\p{L}\p{N}]/gu, MASK);
}

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

function luhn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Keeps a URL's shape but not its query values (GET forms put what people typed there). */
export function redactUrl(url: string): string {
  const query = url.indexOf('?');
  if (query < 0) return url;
  const hash = url.indexOf('#', query);
  const search = url.slice(query + 1, hash < 0 ? undefined : hash);
  const masked = search
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      return equals < 0 || equals === pair.length - 1 ? pair : `${pair.slice(0, equals + 1)}${MASK}`;
    })
    .join('&');
  return `${url.slice(0, query + 1)}${masked}${hash < 0 ? '' : url.slice(hash)}`;
}

/**
 * Masks values known to be personal on this page (what people typed into fields, and personal
 * fields carried in the URL), wherever they appear: a confirmation page shows them as text.
 */
export function maskKnown(text: string, known: readonly string[]): string {
  let out = text;
  for (const value of known)
    if (value.length >= 2 && out.includes(value)) out = out.split(value).join(MASK.repeat(Math.min(value.length, 6)));
  return out;
}
