/**
 * One way of counting, stated identically by the CLI, every report view and every export:
 *
 * - a **finding** (문제 1건) is one rule — axe's or Dotbogi's — failing on one page: a rule that
 *   fails on 3 pages is 3 findings, however many elements it touches;
 * - its **places** (곳) are the elements where it fails;
 * - **확인 필요** is counted the same way, apart: one rule a person must check on one page; a rule
 *   can fail on a page and also need a person there;
 * - a **rule** (규칙) is one card of the report: the same rule over every page;
 * - a journey check (help in the same place, the same data asked twice) counts once for each
 *   page where it puts a place.
 *
 * The "숫자 읽는 법" box says this in every language (report.json `counting.*`), and
 * counting.test.ts checks that the CLI and every export state the same totals.
 */
import { emptyLevels } from './priority.ts';
import type { Counts, ReportRule } from './types.ts';

export function countRules(rules: readonly ReportRule[], pages: number, notAudited: number): Counts {
  const byLevel = emptyLevels();
  for (const rule of rules) {
    byLevel.blocker += rule.byLevel.blocker;
    byLevel.hard += rule.byLevel.hard;
    byLevel.minor += rule.byLevel.minor;
  }
  return {
    pages,
    notAudited,
    findings: rules.reduce((sum, rule) => sum + rule.findings, 0),
    places: rules.reduce((sum, rule) => sum + rule.places, 0),
    reviewFindings: rules.reduce((sum, rule) => sum + rule.reviewFindings, 0),
    reviewPlaces: rules.reduce((sum, rule) => sum + rule.reviewPlaces, 0),
    rules: rules.filter((rule) => rule.findings > 0).length,
    reviewRules: rules.filter((rule) => rule.findings === 0 && rule.reviewFindings > 0).length,
    byLevel,
  };
}
