/**
 * Text similarity for fingerprints: forgiving about the small rewrites sites make between
 * versions ("* 신청인 이름" → "신청인 이름 (필수)"), strict about different words.
 */

/** Markers that say "required/optional" and carry no meaning about which field it is. */
const NOISE = /\((?:필수|선택|required|optional)\)|[*※·•「」『』()[\]{}<>:;,.!?'"“”‘’/\\|_-]/giu;

export function normalizeText(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
}

function bigrams(compact: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...compact];
  if (chars.length === 1) grams.set(chars[0]!, 1);
  for (let i = 0; i < chars.length - 1; i += 1) {
    const gram = chars[i]! + chars[i + 1]!;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * 0…1: Sørensen–Dice over character bigrams of the normalized, space-free texts. Works for
 * Korean (no word stemming needed) and is symmetric. Empty on either side is 0.
 */
export function textSimilarity(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  const left = normalizeText(a).replace(/ /g, '');
  const right = normalizeText(b).replace(/ /g, '');
  if (!left || !right) return 0;
  if (left === right) return 1;
  // A name followed by a description ("가족관계증명서 부모·배우자·자녀 관계 증명") is still that name.
  const prefixed = left.startsWith(right) || right.startsWith(left) ? 0.75 : 0;
  const x = bigrams(left);
  const y = bigrams(right);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of x) {
    shared += Math.min(count, y.get(gram) ?? 0);
    total += count;
  }
  for (const count of y.values()) total += count;
  return Math.max(prefixed, total === 0 ? 0 : (2 * shared) / total);
}

/** 0…1: share of path segments (from the end) that agree, e.g. "../move-in/apply.html". */
export function hrefSimilarity(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  const tail = (href: string) =>
    href
      .split(/[?#]/)[0]!
      .split('/')
      .filter((part) => part && part !== '..' && part !== '.')
      .slice(-2);
  const x = tail(a);
  const y = tail(b);
  if (x.length === 0 || y.length === 0) return 0;
  let same = 0;
  for (let i = 1; i <= Math.min(x.length, y.length); i += 1) {
    if (x[x.length - i] !== y[y.length - i]) break;
    same += 1;
  }
  return same / Math.max(x.length, y.length);
}

/** 0…1: overlap of ">"-separated CSS path segments (order-insensitive: pages reorder). */
export function cssSimilarity(a: string | undefined, b: string | undefined): number {
  if (!a || !b) return 0;
  const x = new Set(a.split('>').map((part) => part.trim()));
  const y = new Set(b.split('>').map((part) => part.trim()));
  let shared = 0;
  for (const part of x) if (y.has(part)) shared += 1;
  return shared / Math.max(x.size, y.size);
}
