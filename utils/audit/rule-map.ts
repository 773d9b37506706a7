/**
 * Maps axe rules to KWCAG items, WCAG criteria and personas, from data (kwcag.json,
 * data/axe-personas.json). Pure; used by the background when it assembles a PageAudit.
 */
import kwcag from './kwcag.json';
import axePersonas from './data/axe-personas.json';
import type { Persona } from './types';

export interface KwcagItem {
  item: string;
  clause: string;
  name: { ko: string; en: string };
  wcag: string[];
  axeRules: string[];
  axeTags: string[];
  checks: string[];
  automation: 'full' | 'partial' | 'manual';
}

export const KWCAG_ITEMS: readonly KwcagItem[] = kwcag.items as KwcagItem[];

/** "1.1.1 (5.1.1)": both numberings, as designers see them in NIA's guide and in the standard. */
export function kwcagLabel(item: string): string {
  const found = KWCAG_ITEMS.find((entry) => entry.item === item);
  return found ? `${found.item} (${found.clause})` : item;
}

/** KWCAG items an axe rule speaks to: listed by id, or by category tag (4.2.1 takes all ARIA rules). */
export function kwcagForAxeRule(ruleId: string, tags: readonly string[]): string[] {
  return KWCAG_ITEMS.filter((entry) => entry.axeRules.includes(ruleId) || entry.axeTags.some((tag) => tags.includes(tag))).map(
    (entry) => entry.item,
  );
}

/** KWCAG items one of our checks speaks to (declared in kwcag.json and in the check's metadata). */
export function kwcagForCheck(checkId: string): string[] {
  return KWCAG_ITEMS.filter((entry) => entry.checks.includes(checkId)).map((entry) => entry.item);
}

/** WCAG criteria from axe tags: "wcag111" → "1.1.1", "wcag1410" → "1.4.10". */
export function wcagFromTags(tags: readonly string[]): string[] {
  const criteria = new Set<string>();
  for (const tag of tags) {
    const match = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
    if (match) criteria.add(`${match[1]}.${match[2]}.${match[3]}`);
  }
  return [...criteria];
}

/** Who a failure of an axe rule hurts, from its category tags. */
export function personasForAxeTags(tags: readonly string[]): Persona[] {
  const categories = axePersonas.categories as Record<string, Persona[]>;
  const personas = new Set<Persona>();
  for (const tag of tags) for (const persona of categories[tag] ?? []) personas.add(persona);
  return personas.size > 0 ? [...personas] : (axePersonas.fallback as Persona[]);
}
