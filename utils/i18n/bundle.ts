/** The file the translator studio exports and imports, and its validation. */
import { problem, type Problem, type ProblemCode } from './problem.ts';
import type { FlatStrings } from './strings.ts';
import { lintNamespace, parseNamespaceTree, type LintContext } from './lint.ts';
import type { SourceHashes } from './hashes.ts';

/** The file the studio exports and imports: every namespace of one language, plus its source hashes. */
export interface LocaleBundle {
  format: 'dotbogi-locale';
  version: 1;
  language: string;
  strings: Record<string, Record<string, unknown>>;
  sourceHashes: SourceHashes;
}

/**
 * Validates an imported bundle against the Korean source. Incomplete is fine (a volunteer may
 * send half a language); wrong is not: broken JSON, unknown keys, missing placeholders, plural
 * forms the language does not have, markup. Warnings (length) do not reject.
 */
export function validateBundle(
  text: string,
  sources: Record<string, FlatStrings>,
  knownLanguages: readonly string[],
  context: LintContext = {},
): { bundle: LocaleBundle | null; flat: Record<string, FlatStrings>; problems: Problem[] } {
  const fail = (code: ProblemCode, message: string, params: Record<string, string> = {}) => ({
    bundle: null,
    flat: {},
    problems: [problem('error', code, { language: '', namespace: '', key: '' }, params, message)],
  });
  let data: Partial<LocaleBundle>;
  try {
    data = JSON.parse(text) as Partial<LocaleBundle>;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('parse', `not valid JSON: ${reason}`, { reason });
  }
  if (data?.format !== 'dotbogi-locale' || typeof data.strings !== 'object' || !data.strings) {
    return fail('not-object', 'not a Dotbogi locale file (exported from the translator studio)');
  }
  const language = String(data.language);
  if (!knownLanguages.includes(language)) return fail('not-object', `unknown language "${language}"`);
  const problems: Problem[] = [];
  const flat: Record<string, FlatStrings> = {};
  for (const [namespace, tree] of Object.entries(data.strings)) {
    const source = sources[namespace];
    if (!source) {
      problems.push(problem('error', 'extra', { language, namespace, key: '' }, {}, `${namespace}: not a namespace of Dotbogi`));
      continue;
    }
    const parsed = parseNamespaceTree(tree, { language, namespace });
    problems.push(...parsed.problems);
    if (!parsed.strings) continue;
    flat[namespace] = parsed.strings;
    problems.push(...lintNamespace({ language, namespace, source, target: parsed.strings, partial: true, context }));
  }
  const errors = problems.filter((item) => item.severity === 'error');
  const bundle = {
    format: 'dotbogi-locale',
    version: 1,
    language,
    strings: data.strings,
    sourceHashes: data.sourceHashes ?? {},
  } as LocaleBundle;
  return { bundle: errors.length ? null : bundle, flat, problems };
}
