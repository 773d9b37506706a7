/**
 * Dotbogi's one redaction module: nothing personal reaches storage, a report, an export or the
 * CLI's files without passing through it. It runs in the page (the audit runner redacts what
 * leaves each frame, with the values that page holds: redact-document.ts), in the background
 * (every record written, every file imported) and in every export (HTML, JSON, CSV, SARIF,
 * Markdown, the CLI's audit.json). It has no dependencies, so every context can load it.
 *
 * What it recognises (redact.corpus.json and redact-document.test.ts hold the cases):
 * - in any text: resident and alien registration numbers (masked or not, with or without a
 *   hyphen), mobile and landline phone numbers (with or without hyphens, spaces, +82), e-mail
 *   addresses, card numbers (Luhn-checked), bank account numbers (10–16 digits in groups, or 11–14
 *   in a row), passport numbers (M12345678, M123A4567), Korean addresses (road-name and
 *   lot-number forms, with building, unit and floor numbers), a name written next to its label
 *   and a colon ("성명: 홍길동", "Name: PARK SOONJA"), a Hangul name followed by the same name in
 *   Hanja or capital Latin letters in brackets ("홍길동 (洪吉童)"), a date next to a birth label
 *   ("생년월일 1945. 8. 23.");
 * - in a document (redact-document.ts): the text in the cells, definitions and neighbours of a
 *   name, birth, address, phone, e-mail, registration, account, card or passport label (a table
 *   cell under 「성명(한자)」, a dd after 「생년월일」), the value of every form field, and personal
 *   query parameters — masked wherever they appear on that page: in text, attribute values
 *   (title, alt, aria-label, data-*), snippets and selectors;
 * - in snippets: every value attribute, textarea content, selected option text, `checked`,
 *   data-* attributes whose name says they hold a name, birth date, phone, address and so on, and
 *   the query values of link and source addresses;
 * - in addresses (page, frame and link URLs): every query value.
 *
 * What it cannot recognise (every report says so in its coverage, in the reader's language:
 * report.json `coverage.notTested.redaction`): a name in running
 * prose with no label or table around it ("박순자 어르신께서 …"), a name or date that appears only
 * in an image or a canvas, a birth date written without its label, a foreign address, and any
 * personal detail in a form the patterns do not know. Office addresses and phone numbers are
 * masked like personal ones: a snippet cannot tell them apart.
 *
 * Masks keep the shape ("010-＊＊＊＊-＊＊＊＊") so a designer still sees what kind of data the page
 * showed; the element's tag, role, label text and structure stay.
 */

const MASK = '＊';

interface Pattern {
  kind: string;
  pattern: RegExp;
  /** Extra test on a match (e.g. Luhn for card numbers). */
  accept?: (match: string) => boolean;
  /** Masks only part of the match (the value after its label); the whole match by default. */
  mask?: (match: string, ...groups: string[]) => string;
}

const HANGUL_NAME = '[가-힣]{2,5}';
const HAN_NAME = '[\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]{2,5}';
/** Romanised names as documents print them, and as people type them ("PARK SOONJA", "Lee Jeong-hoon"). */
const LATIN_NAME = "[A-Z][A-Za-z'’]*(?:[ -][A-Z]?[a-zA-Z'’]+){1,3}";
const CAPITAL_NAME = '[A-Z]{2,}(?:[ -][A-Z]{2,}){1,3}';
const NAME_LABEL =
  '(?:성명|이름|성함|신청인(?:\\s*(?:성명|이름))?|세대주(?:\\s*성명)?|대표자|예금주|수령인|보호자|영문\\s*(?:성명|이름)|한자\\s*(?:성명|이름)|' +
  '(?:[Ff]ull |[Gg]iven |[Ff]amily |[Ll]ast |[Ff]irst )?(?:[Nn]ame|NAME)|[Ss]urname|SURNAME)';
const BIRTH_LABEL = '(?:생년월일|출생\\s*(?:연월일|일자|일)?|생일|[Dd]ate of [Bb]irth|DOB|[Bb]irth\\s?[Dd]ate|[Bb]irthday)';
const DATE =
  '\\d{4}\\s*[.\\-/년]\\s*\\d{1,2}\\s*[.\\-/월]\\s*\\d{1,2}(?:\\s*일)?|\\d{8}|\\d{6}|\\d{2}\\s*[.\\-/]\\s*\\d{1,2}\\s*[.\\-/]\\s*\\d{1,2}';
const SIDO = '[가-힣]{2,}(?:특별시|광역시|특별자치시|특별자치도|도)';
const SIGUNGU = '[가-힣]+(?:시|군|구)';
const ROAD = '[가-힣0-9·]+(?:로|길)\\s*\\d+(?:-\\d+)?(?:\\s*번?길\\s*\\d+(?:-\\d+)?)?';
const LOT = '[가-힣0-9]+(?:동|리|가)\\s*(?:산\\s*)?\\d+(?:-\\d+)?(?:\\s*번지)?';
const UNIT =
  '(?:\\s*,?\\s*(?:[가-힣A-Za-z0-9]+\\s*)?\\d+동\\s*\\d+호|\\s*,?\\s*\\d+호|\\s*,?\\s*(?:지하\\s*)?\\d+층)?(?:\\s*\\([^)]{1,30}\\))?';

const afterLabel = (match: string, label: string, separator: string, value: string) => `${label}${separator}${maskAll(value)}`;

// Order matters: the most specific shapes first, so a resident number is not taken for a phone.
const PATTERNS: Pattern[] = [
  // Each pattern that opens with an unbounded run starts only where that run starts (a lookbehind):
  // the same matches, found in one pass, where trying every position inside a 100 kB run of letters
  // from a hostile page took time in the square of its length.
  { kind: 'email', pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
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
  { kind: 'passport', pattern: /(?<![A-Za-z0-9])[MSRODG](?:\d{8}|\d{3}[A-Z]\d{4})(?![A-Za-z0-9])/g },
  { kind: 'birth-date', pattern: new RegExp(`(${BIRTH_LABEL})(\\s*[:：]?\\s*)(${DATE})`, 'g'), mask: afterLabel },
  {
    kind: 'address',
    pattern: new RegExp(`(?<![가-힣])(?:${SIDO}\\s+)?${SIGUNGU}\\s+(?:[가-힣]+(?:구|읍|면)\\s+)?(?:${ROAD}|${LOT})${UNIT}`, 'g'),
  },
  // A name after its label and a colon; without the colon "성명 입력" is a form's own label.
  {
    kind: 'name',
    pattern: new RegExp(`(${NAME_LABEL})(\\s*(?:\\([^)]{1,8}\\))?\\s*[:：]\\s*)(${HAN_NAME}|${HANGUL_NAME}|${LATIN_NAME})`, 'g'),
    mask: afterLabel,
  },
  // A Hangul name with the same name in Hanja or capitals after it: "홍길동 (洪吉童)", "박지민 (PARK JIMIN)".
  {
    kind: 'name',
    pattern: new RegExp(`(${HANGUL_NAME})(\\s*\\(\\s*)(${HAN_NAME}|${CAPITAL_NAME})(\\s*\\))`, 'g'),
    mask: (match, hangul, open, other, close) => `${maskAll(hangul)}${open}${maskAll(other)}${close}`,
  },
];

/** Redacts personal data in plain text. */
export function redactText(text: string): string {
  let out = text;
  for (const { pattern, accept, mask } of PATTERNS) {
    out = out.replace(pattern, (match: string, ...groups: unknown[]) => {
      if (accept && !accept(match)) return match;
      return mask ? mask(match, ...(groups.filter((group) => typeof group === 'string') as string[])) : maskAll(match);
    });
  }
  return out;
}

/** Attributes that hold an address: a link can carry what someone typed in its query (?name=…&birth=…). */
const URL_ATTRIBUTE = /(\s(?:href|src|action|formaction|data-[\w-]*url)\s*=\s*)("[^"]*"|'[^']*')/gi;
const VALUE_ATTRIBUTE = /\s(value|data-value|placeholder-value)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
/** data-* attributes whose name says they hold something personal. */
const PERSONAL_DATA_ATTRIBUTE =
  /\s(data-[\w-]*(?:name|birth|bday|rrn|jumin|ssn|resident|phone|tel|mobile|hp|email|mail|addr|address|account|acct|card|passport|owner|user|person|applicant)[\w-]*)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;

/**
 * Redacts an HTML snippet (outerHTML start, as axe gives it): drops `value` attributes,
 * personal data-* attributes, `checked`, textarea contents and selected options' text, then
 * masks personal data in what remains, and caps the length.
 */
export function redactSnippet(html: string, maxLength = 300): string {
  const withoutValues = html
    .replace(URL_ATTRIBUTE, (match, name: string, quoted: string) => `${name}${quoted[0]}${redactUrl(quoted.slice(1, -1))}${quoted[0]}`)
    .replace(VALUE_ATTRIBUTE, ' $1=""')
    .replace(PERSONAL_DATA_ATTRIBUTE, ' $1=""')
    .replace(/(<textarea\b[^>]*>)[\s\S]*?(<\/textarea>|$)/gi, '$1$2')
    .replace(/(<option\b[^>]*\bselected\b[^>]*>)[^<]*/gi, '$1')
    .replace(/(<(?:input|option)\b[^>]*?)\s(?:checked|selected)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?(?=[\s/>])/gi, '$1');
  const redacted = redactText(withoutValues);
  return redacted.length > maxLength ? `${redacted.slice(0, maxLength - 1)}…` : redacted;
}

function maskAll(match: string): string {
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
 * Masks values known to be personal on this page (what people typed into fields, what stands in
 * a name or address cell, personal fields carried in the URL: redact-document.ts), wherever they
 * appear: a confirmation page shows them as text, a title or alt repeats a name.
 */
export function maskKnown(text: string, known: readonly string[]): string {
  let out = text;
  for (const value of known)
    if (value.length >= 2 && out.includes(value)) out = out.split(value).join(MASK.repeat(Math.min(value.length, 6)));
  return out;
}

/** Keys of audit records and reports that hold ids, times and rule metadata, never page text. */
const STRUCTURAL = new Set([
  'id',
  'ids',
  'journeyId',
  'pageIds',
  'findingIds',
  'ruleId',
  'ruleIds',
  'templateSignature',
  'helpUrl',
  'kwcag',
  'wcag',
  'tags',
  'item',
  'clause',
  'criterion',
  'startedAt',
  'finishedAt',
  'exportedAt',
  'endedAt',
  'timestamp',
  'schemaVersion',
  'format',
  'encoding',
  'data',
]);

/**
 * Redacts every page text in an audit record, a report or an export file, whatever its shape:
 * each string through the text patterns (snippets and axe's `html` as snippets, addresses as
 * URLs), keys that hold ids, times and rule metadata left alone. What the page redacted already
 * is unchanged (redaction is idempotent); a record edited by hand, an imported file or a new
 * export format cannot bring anything back. Packed axe results are left packed: they were redacted
 * in the page, and an import redacts them before packing.
 */
export function redactTree<T>(value: T): T {
  return walk(value, '') as T;
}

/** A journey's `pages` are its page audits' ids (an export's `pages` are the audits themselves). */
function isIdList(key: string, value: unknown): boolean {
  return key === 'pages' && Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function walk(value: unknown, key: string): unknown {
  if (typeof value === 'string') {
    if (key === 'snippet' || key === 'html' || key === 'source') return redactSnippet(value, Number.POSITIVE_INFINITY);
    if (key === 'url' || key === 'frame' || key === 'page') return redactUrl(redactText(value));
    return redactText(value);
  }
  if (Array.isArray(value)) return value.map((item) => walk(item, key));
  if (value && typeof value === 'object') {
    if ((value as { encoding?: unknown }).encoding === 'gzip+base64') return value;
    const out: Record<string, unknown> = {};
    for (const [field, inner] of Object.entries(value))
      out[field] = STRUCTURAL.has(field) || isIdList(field, inner) ? inner : walk(inner, field);
    return out;
  }
  return value;
}
