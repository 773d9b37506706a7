/**
 * A tiny HTML builder for the standalone report file. Every interpolation is escaped unless it
 * is itself the output of `html` (a `SafeHtml`), so page-derived text can never become markup.
 * Keeping the builder this small keeps the escaping auditable: there is no other way in.
 */

const SAFE = Symbol('SafeHtml');

export interface SafeHtml {
  readonly [SAFE]: true;
  readonly value: string;
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for use in element content AND in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => ENTITIES[char]!);
}

export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && (value as SafeHtml)[SAFE] === true;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (isSafeHtml(value)) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Tagged template: `html\`<p title="${title}">${text}</p>\``. Interpolations are escaped (arrays
 * are rendered item by item; null, undefined and false render nothing). Attribute values must
 * be quoted in the template; the escaping covers both quote kinds.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return { [SAFE]: true, value: out };
}

/**
 * Marks a string from OUR OWN code (a stylesheet constant) as markup. Never call it with text
 * that came from a page, an audit or a translation.
 */
export function trustedConstant(markup: string): SafeHtml {
  return { [SAFE]: true, value: markup };
}
