/**
 * Escaping for the few values the standalone HTML file's shell writes itself (its title, lang
 * and dir). Everything inside <body> is the report page's components rendered by Preact, which
 * escapes every text and attribute; lint forbids dangerouslySetInnerHTML.
 */
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
