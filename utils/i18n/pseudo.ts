/**
 * A pseudo-locale for layout testing, generated at run time from English: accented letters show
 * any text that skipped translation, padding (~35 % longer) shows where longer languages will
 * clip, and the brackets show where a string was cut. It is never offered to ordinary users:
 * only the options page and the translator studio list it.
 */
export const PSEUDO_LOCALE = 'en-XA';
/** The language the pseudo-locale is generated from. */
export const PSEUDO_BASE = 'en';

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};
const PADDING = ' ·one·two·three·four·five·six·seven·eight·nine·ten';
/** Placeholders and nesting stay untouched, or interpolation would break. */
const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

export function pseudoLocalize(text: string): string {
  const accented = text
    .split(PROTECTED)
    .map((part) => (PROTECTED.test(part) ? part : [...part].map((char) => ACCENTED[char] ?? char).join('')))
    .join('');
  const extra = Math.ceil(text.length * 0.35);
  return `[${accented}${PADDING.slice(0, extra)}]`;
}

/** Pseudo-localises every string of a namespace tree. */
export function pseudoLocalizeTree<T>(tree: T): T {
  if (typeof tree === 'string') return pseudoLocalize(tree) as T;
  if (tree && typeof tree === 'object') {
    return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, pseudoLocalizeTree(value)])) as T;
  }
  return tree;
}
