import type { Translate } from './translate.ts';

/** What a person reads about a rule: what is wrong, and who is hurt and why it matters. */
export interface RuleText {
  title: string;
  explanation: string;
}

/**
 * Dotbogi's own plain title and explanation of an axe rule or a Dotbogi check, in the reader's
 * language, from locales/<language>/rules.json (keys `<ruleId>.title` / `<ruleId>.explanation`).
 * axe's own texts (English `help`, its translations) are never the sentence a person reads: the
 * rule id and axe's help URL stay beside it as references. A rule with no text (an audit stored
 * by an older axe) shows its id; rule-text.test.ts keeps every rule the audit runs covered.
 * `t` is the report's Translate; every context that builds one loads the `rules` namespace too.
 */
export function ruleText(t: Translate, ruleId: string): RuleText {
  const title = t(`rules:${ruleId}.title`, { defaultValue: '' });
  const explanation = t(`rules:${ruleId}.explanation`, { defaultValue: '' });
  return { title: title || ruleId, explanation };
}
