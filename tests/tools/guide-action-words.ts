/**
 * Part of `npm run guides:check` (validate-guides.ts): in every language, the card's line for each step (action tag,
 * then the step text, joined by actionLine() as the card joins them) must not say a word twice
 * where the tag meets the text ("Nhấn Nhấn mục…").
 *
 * Node only (reads locales/<code>/guides.json).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Guide } from '../../utils/guides/schema.ts';
import { actionLine, repeatedAtSeam } from '../../utils/guides/action-line.ts';

export const LOCALES_DIR = resolve(import.meta.dirname, '../../locales');

export interface RepeatedWord {
  language: string;
  guide: string;
  step: string;
  word: string;
  /** The line as the card shows it, tag in brackets. */
  line: string;
}

type Tree = Record<string, unknown>;

export function lookup(tree: Tree, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree);
  return typeof value === 'string' ? value : undefined;
}

/** Each language's guides namespace, from locales/languages.json. */
export function loadGuideStrings(dir = LOCALES_DIR): Record<string, Tree> {
  const { languages } = JSON.parse(readFileSync(resolve(dir, 'languages.json'), 'utf8')) as { languages: { code: string }[] };
  return Object.fromEntries(
    languages.map(({ code }) => {
      try {
        return [code, JSON.parse(readFileSync(resolve(dir, code, 'guides.json'), 'utf8')) as Tree];
      } catch {
        // A missing or broken file is i18n:check's to report.
        return [code, {}];
      }
    }),
  );
}

export function findRepeatedActionWords(guides: Guide[], strings: Record<string, Tree>): RepeatedWord[] {
  const found: RepeatedWord[] = [];
  for (const [language, tree] of Object.entries(strings)) {
    for (const guide of guides) {
      for (const step of guide.steps) {
        const tag = lookup(tree, `actions.${step.action}`);
        const template = lookup(tree, step.text);
        if (!tag || !template) continue;
        const text = template.replaceAll('{{label}}', step.label ?? '');
        const line = actionLine(tag, text, language);
        const word = repeatedAtSeam(line, language);
        if (word) found.push({ language, guide: guide.id, step: step.id, word, line: `[${line.tag}]${line.rest}` });
      }
    }
  }
  return found;
}
