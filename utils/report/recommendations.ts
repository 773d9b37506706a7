import data from './recommendations.json' with { type: 'json' };
import type { KrdsRef, Recommendation } from './types.ts';

type Entry = { text: string; krds: KrdsRef | null };
const RULES = data.rules as Record<string, Entry>;
const FALLBACK = data.fallback as Entry;

/** The service change to make for a rule or check id; a generic one when the id is unknown. */
export function recommendationFor(ruleId: string): Recommendation {
  const entry = Object.hasOwn(RULES, ruleId) ? RULES[ruleId]! : FALLBACK;
  return { text: entry.text, krds: entry.krds };
}

/** Every rule id with its own recommendation (tests use it to check coverage and translations). */
export const RECOMMENDED_RULE_IDS = Object.keys(RULES);
export const RECOMMENDATION_TEXT_KEYS = [...new Set([FALLBACK.text, ...Object.values(RULES).map((entry) => entry.text)])];
