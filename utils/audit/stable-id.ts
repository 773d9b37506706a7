/**
 * Stable finding ids: the same problem on a rescan, or on another page built from the same
 * template, gets the same id, so the report can merge them. No dependencies (runs in the page).
 */

/** FNV-1a, 32 bit, as 8 hex digits. Deterministic across runs and contexts. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Drops what differs between instances of one template: nth-child/nth-of-type indexes,
 * generated or numbered ids and classes, attribute values with digits, and bare numbers.
 */
export function normaliseSelector(selector: string): string {
  return selector
    .replace(/:nth-(?:child|of-type|last-child|last-of-type)\([^)]*\)/g, '')
    .replace(/#[\w-]*\d[\w-]*/g, '#*')
    .replace(/#(?:[a-z]+[-_])?[a-f0-9]{6,}/gi, '#*')
    .replace(/\.[\w-]*\d[\w-]*/g, '')
    .replace(/\[([\w-]+)=(?:"[^"]*\d[^"]*"|'[^']*\d[^']*'|[^\]]*\d[^\]]*)\]/g, '[$1]')
    .replace(/\d+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function normaliseTarget(target: readonly string[]): string {
  return target.map(normaliseSelector).join(' >>> ');
}

const LANDMARK_TAGS = new Set(['main', 'nav', 'header', 'footer', 'aside', 'form', 'body']);
const LANDMARK_ROLES = new Set(['main', 'navigation', 'banner', 'contentinfo', 'complementary', 'form', 'region', 'search', 'dialog']);

/**
 * The tag+role path from an element up to its nearest landmark (or body), e.g.
 * "main>form>table>tr>td>input[type=text]". Pages from one template share it.
 */
export function templateSignature(element: Element): string {
  const parts: string[] = [];
  let current: Element | null = element;
  while (current && parts.length < 12) {
    const tag = current.localName;
    const role = current.getAttribute('role');
    const type = tag === 'input' ? `[type=${(current.getAttribute('type') ?? 'text').toLowerCase()}]` : '';
    parts.push(`${tag}${role ? `[role=${role}]` : ''}${type}`);
    if (LANDMARK_TAGS.has(tag) || (role && LANDMARK_ROLES.has(role))) break;
    current = current.parentElement;
  }
  return parts.reverse().join('>');
}

/** The finding id: rule + normalised target + template signature. */
export function stableFindingId(ruleId: string, target: readonly string[], signature: string): string {
  return fnv1a(`${ruleId}|${normaliseTarget(target)}|${signature}`);
}
