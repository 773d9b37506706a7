/**
 * Mechanical orthography: the rules in locales/orthography.json (Uzbek ʻ, Thai and Khmer sentence
 * ends, doubled spaces, forms of address to reconsider), characters of a script the language does
 * not use, and words that mix Latin with Cyrillic or Greek look-alikes. Only what a machine can
 * judge; register and wording are for reviewers (locales/TRANSLATING.md, "Style notes").
 *
 * Runs under plain Node (type stripping), so it imports nothing but siblings, with extensions.
 */
import { problem, type Problem, type Where } from './problem.ts';

export interface OrthographyRule {
  id: string;
  find: string;
  use: string;
  /** Why, in English and optionally in the language the rule is for. */
  why: Record<string, string>;
  level?: 'error' | 'warning';
}

export interface OrthographyFile {
  everywhere: OrthographyRule[];
  languages: Record<string, { scripts: string[]; rules: OrthographyRule[] }>;
}

/** Scripts any language may contain: addresses and names in Latin letters, 「」 labels in Hangul, shared marks. */
const SHARED_SCRIPTS = ['Latin', 'Hangul', 'Common', 'Inherited'];
const KNOWN_SCRIPTS = [
  'Latin',
  'Hangul',
  'Han',
  'Hiragana',
  'Katakana',
  'Cyrillic',
  'Greek',
  'Thai',
  'Khmer',
  'Lao',
  'Devanagari',
  'Arabic',
  'Hebrew',
  'Armenian',
  'Georgian',
  'Mongolian',
  'Myanmar',
  'Bengali',
  'Tamil',
];
const SCRIPT_TESTS = KNOWN_SCRIPTS.map((name) => [name, new RegExp(`^\\p{Script=${name}}$`, 'u')] as const);
/** Letters that look alike across these scripts: a word mixing them is a typing accident (or a spoof). */
const LOOKALIKE_SCRIPTS = new Set(['Latin', 'Cyrillic', 'Greek']);
const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{M}]+/gu;
const compiled = new Map<string, RegExp>();
/** Only text with Cyrillic or Greek letters can mix them with Latin look-alikes. */
const LOOKALIKE_TEXT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const strayPatterns = new Map<string, RegExp>();

/** A letter of none of the scripts a language may use (one regular expression, not a test per character). */
function strayLetter(scripts: string[]): RegExp {
  const key = scripts.join();
  let pattern = strayPatterns.get(key);
  if (!pattern) {
    const allowed = [...SHARED_SCRIPTS, ...scripts].map((script) => `\\p{Script=${script}}`).join('');
    strayPatterns.set(key, (pattern = new RegExp(`(?=\\p{L})[^${allowed}]`, 'u')));
  }
  return pattern;
}

function scriptOf(char: string): string {
  if (/^[\p{Script=Common}\p{Script=Inherited}]$/u.test(char)) return 'Common';
  return SCRIPT_TESTS.find(([, test]) => test.test(char))?.[0] ?? 'another script';
}

const testers = new Map<string, RegExp>();
function tester(rule: OrthographyRule): RegExp {
  let found = testers.get(rule.find);
  if (!found) testers.set(rule.find, (found = new RegExp(rule.find, 'u')));
  return found;
}

function regex(rule: OrthographyRule): RegExp {
  let found = compiled.get(rule.find);
  if (!found) compiled.set(rule.find, (found = new RegExp(rule.find, 'gu')));
  found.lastIndex = 0;
  return found;
}

/** Visible form of what a rule found: spaces are hard to see in a message. */
function shown(text: string): string {
  if (text.trim()) return text;
  return text.replace(/ /g, '␣').replace(/\s/g, '⏎') || '∅';
}

/** The orthography problems of one string of `where.language`. */
export function lintOrthography(text: string, where: Where, file: OrthographyFile | undefined): Problem[] {
  if (!file) return [];
  const problems: Problem[] = [];
  const language = file.languages[where.language];
  for (const rule of [...file.everywhere, ...(language?.rules ?? [])]) {
    // A plain test first: matchAll copies its regular expression, too slow for every string.
    if (!tester(rule).test(text)) continue;
    const matches = [...text.matchAll(regex(rule))];
    const found = shown(matches[0]![0]);
    const use = shown(rule.use);
    const why = rule.why[where.language] ?? rule.why.en ?? '';
    const generic = file.everywhere.includes(rule);
    problems.push(
      problem(
        rule.level ?? 'error',
        generic ? (rule.id as 'double-space' | 'edge-space') : 'orthography',
        where,
        { found, use, why, count: String(matches.length) },
        `${where.key}: ${rule.why.en} — write ${use} instead of ${found}${matches.length > 1 ? ` (${matches.length} times)` : ''}`,
      ),
    );
  }
  if (language) {
    const stray = text.match(strayLetter(language.scripts))?.[0];
    if (stray) {
      const script = scriptOf(stray);
      problems.push(
        problem(
          'error',
          'stray-script',
          where,
          { found: stray, script },
          `${where.key}: "${stray}" is a ${script} character, which ${where.language} does not use; retype it`,
        ),
      );
    }
  }
  if (!LOOKALIKE_TEXT.test(text)) return problems;
  for (const word of text.match(WORD) ?? []) {
    const scripts = new Set([...word].filter((char) => LETTER.test(char)).map(scriptOf));
    const lookalikes = [...scripts].filter((script) => LOOKALIKE_SCRIPTS.has(script));
    if (lookalikes.length > 1) {
      problems.push(
        problem(
          'error',
          'mixed-script',
          where,
          { found: word, script: lookalikes.join(' + ') },
          `${where.key}: "${word}" mixes ${lookalikes.join(' and ')} letters that look alike; retype it in one script`,
        ),
      );
      break;
    }
  }
  return problems;
}

/** The text with every rule that has a replacement applied (npm run i18n:check -- --fix-orthography). */
export function fixOrthography(text: string, language: string, file: OrthographyFile): string {
  let fixed = text;
  for (const rule of [...file.everywhere, ...(file.languages[language]?.rules ?? [])]) {
    if (rule.level === 'warning') continue;
    fixed = fixed.replace(regex(rule), rule.use);
  }
  return fixed;
}
