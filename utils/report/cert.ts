/**
 * The 품질인증 view: the 33 KWCAG 2.2 items × the audited pages, each cell 적합 / 부적합 / 해당없음 /
 * 확인 필요 with the rules that decided it. The honesty rules of utils/audit/kwcag-matrix.ts, per page:
 *
 * - 부적합 (fail): a rule or check mapped to the item failed on the page;
 * - 해당없음 (not applicable): rules decide the item, and every one of them was inapplicable there;
 * - 적합 (pass): only for an item automated rules can decide in full (kwcag.json), when at least
 *   one passed and none needs review;
 * - 확인 필요 (review): everything else — an item only a person can judge, an item rules can only
 *   partly decide, a rule that needs review, a page that could not be audited. Never a pass that
 *   no tool decided.
 */
import { KWCAG_ITEMS } from '../audit/rule-map.ts';
import type { RuleOutcome, StoredPageAudit } from '../audit/types.ts';
import type { CertCell, CertRow, CertStatus, ReportRule } from './types.ts';

export interface CertPage {
  /** null: the step could not be audited. */
  audit: StoredPageAudit | null;
}

type Evidence = CertCell['evidence'][number];

/** The matrix, one cell per step. `rules` are the report's rules (for the journey checks' places and the counts). */
export function certMatrix(pages: readonly CertPage[], rules: readonly ReportRule[]): CertRow[] {
  // Journey checks have no per-page outcome: where they put a place, they decided that page.
  const journeyOutcomes = new Map<number, Evidence[]>();
  for (const rule of rules.filter((entry) => entry.journeyWide)) {
    for (const step of rule.steps) {
      const list = journeyOutcomes.get(step.step) ?? [];
      list.push({ ruleId: rule.ruleId, outcome: step.places > 0 ? 'failed' : 'needs-review' });
      journeyOutcomes.set(step.step, list);
    }
  }
  const journeyKwcag = new Map(rules.filter((rule) => rule.journeyWide).map((rule) => [rule.ruleId, rule.kwcag]));
  return KWCAG_ITEMS.map((entry) => {
    const cells = pages.map((page, step): CertCell => {
      if (!page.audit) return { status: 'review', evidence: [], why: 'not-audited' };
      const evidence: Evidence[] = [
        ...page.audit.rules
          .filter((rule) => rule.kwcag.includes(entry.item))
          .map((rule) => ({ ruleId: rule.ruleId, outcome: rule.outcome })),
        ...(journeyOutcomes.get(step) ?? []).filter((outcome) => journeyKwcag.get(outcome.ruleId)?.includes(entry.item)),
      ];
      return {
        ...cellStatus(
          entry.automation,
          evidence.map((item) => item.outcome),
        ),
        evidence,
      };
    });
    const findings = rules.filter((rule) => rule.kwcag.includes(entry.item)).reduce((sum, rule) => sum + rule.findings, 0);
    return { item: entry.item, clause: entry.clause, automation: entry.automation, cells, status: overall(cells), findings };
  });
}

function cellStatus(automation: 'full' | 'partial' | 'manual', outcomes: readonly RuleOutcome[]): Pick<CertCell, 'status' | 'why'> {
  if (outcomes.includes('failed')) return { status: 'fail', why: 'decided' };
  if (automation === 'manual') return { status: 'review', why: 'manual-item' };
  if (outcomes.length === 0) return { status: 'review', why: 'not-run' };
  if (outcomes.every((outcome) => outcome === 'inapplicable')) return { status: 'not-applicable', why: 'decided' };
  if (outcomes.includes('needs-review')) return { status: 'review', why: 'decided' };
  if (automation === 'full') return { status: 'pass', why: 'decided' };
  return { status: 'review', why: 'partial-item' };
}

const WORST: CertStatus[] = ['fail', 'review', 'pass', 'not-applicable'];

/** The item over the whole journey: its worst page (a pass on one page does not excuse a fail on another). */
function overall(cells: readonly CertCell[]): CertStatus {
  if (cells.length === 0) return 'review';
  return WORST.find((status) => cells.some((cell) => cell.status === status)) ?? 'review';
}

/** An item's rules over the report: how many pages each gave each outcome. */
export function certEvidence(row: CertRow): { ruleId: string; pages: Record<Evidence['outcome'], number> }[] {
  const rules = new Map<string, Record<Evidence['outcome'], number>>();
  for (const cell of row.cells) {
    for (const item of cell.evidence) {
      const pages = rules.get(item.ruleId) ?? { failed: 0, 'needs-review': 0, passed: 0, inapplicable: 0 };
      pages[item.outcome]++;
      rules.set(item.ruleId, pages);
    }
  }
  return [...rules.entries()].map(([ruleId, pages]) => ({ ruleId, pages }));
}
