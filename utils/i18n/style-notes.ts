/**
 * The style notes for one language, read from locales/TRANSLATING.md ("### <code> · <name>"
 * under "Style notes for each language"): one file for volunteers who read it on GitHub and for
 * those who see it in the studio. Only bullets, with **bold** and `code`; everything else is text.
 */
export type Inline = { text: string; style?: 'strong' | 'code' };

export function styleNotesFor(markdown: string, language: string): Inline[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`### ${language} ·`));
  if (start < 0) return [];
  const bullets: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (line.startsWith('- ')) bullets.push(line.slice(2).trim());
    else if (line.trim() && bullets.length) bullets[bullets.length - 1] += ` ${line.trim()}`;
  }
  return bullets.map(inline);
}

function inline(text: string): Inline[] {
  return text
    .split(/(\*\*[^*]+\*\*|`[^`]+`)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('**')
        ? { text: part.slice(2, -2), style: 'strong' }
        : part.startsWith('`')
          ? { text: part.slice(1, -1), style: 'code' }
          : { text: part },
    );
}
