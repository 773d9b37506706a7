/**
 * The KWCAG 2.2 status matrix for a page or a journey. Pure.
 *
 * Honesty rules: an item fails when any rule mapped to it failed; it is an automated pass only
 * when the item is fully automatable (kwcag.json) and at least one applicable rule passed and
 * none failed or needs review; an item with no automated rule is manual-only (unless one of our
 * checks found a failure); everything else needs review. Nothing untested is ever a pass.
 */
import { KWCAG_ITEMS } from './rule-map';
import type { KwcagMatrixRow, RuleRun } from './types';

export function kwcagMatrix(rules: readonly Pick<RuleRun, 'ruleId' | 'outcome' | 'kwcag'>[]): KwcagMatrixRow[] {
  return KWCAG_ITEMS.map((entry) => {
    const mapped = rules.filter((rule) => rule.kwcag.includes(entry.item) && rule.outcome !== 'inapplicable');
    const ids = (outcome: RuleRun['outcome']) => unique(mapped.filter((rule) => rule.outcome === outcome).map((rule) => rule.ruleId));
    const row = (status: KwcagMatrixRow['status'], decided: string[]): KwcagMatrixRow => ({
      item: entry.item,
      clause: entry.clause,
      status,
      rules: decided,
    });
    const failed = ids('failed');
    if (failed.length > 0) return row('fail', failed);
    const ran = unique(mapped.map((rule) => rule.ruleId));
    if (entry.automation === 'manual' && ran.length === 0) return row('manual-only', []);
    const passed = ids('passed');
    if (entry.automation === 'full' && passed.length > 0 && ids('needs-review').length === 0) return row('automated-pass', passed);
    return row('needs-review', ran);
  });
}

/** KWCAG items that no automated rule can decide, for the coverage statement. */
export function manualOnlyItems(): string[] {
  return KWCAG_ITEMS.filter((entry) => entry.automation === 'manual').map((entry) => entry.item);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
