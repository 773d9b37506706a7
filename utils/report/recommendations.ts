import data from './recommendations.json' with { type: 'json' };
import type { KrdsRef, Recommendation, Role } from './types.ts';

type Ref = Omit<KrdsRef, 'section'>;
type Entry = { change: string; krds: Ref | null };
type Change = { service: boolean; markup: string | null; roles: Role[] };
const RULES = data.rules as Record<string, Entry>;
const FALLBACK = data.fallback as Entry;
const CHANGES = data.changes as Record<string, Change>;
const SECTIONS = data.sections as Record<string, KrdsRef['section']>;

/** The change to make for a rule or check id (in words, as markup, in KRDS, by whom); a generic one when the id is unknown. */
export function recommendationFor(ruleId: string): Recommendation {
  const entry = Object.hasOwn(RULES, ruleId) ? RULES[ruleId]! : FALLBACK;
  const change = CHANGES[entry.change]!;
  return {
    text: entry.change,
    service: change.service,
    markup: change.markup,
    krds: entry.krds ? { ...entry.krds, section: SECTIONS[entry.krds.en]! } : null,
    roles: [...change.roles],
  };
}

/** Every rule id with its own recommendation (tests use it to check coverage and translations). */
export const RECOMMENDED_RULE_IDS = Object.keys(RULES);
export const RECOMMENDATION_TEXT_KEYS = Object.keys(CHANGES);
