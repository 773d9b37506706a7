/**
 * A short, stable fingerprint of a Korean source string (FNV-1a, 32 bit, hex). Stored next to a
 * translation when it is made, so a later change of the source shows up as "changed since
 * translated". Not a security hash: it only has to notice edits.
 */
export function sourceHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
