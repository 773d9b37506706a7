/**
 * The shape of a Dotbogi inclusion check (utils/audit/checks/<id>.ts): designer-facing
 * metadata plus a `run` over the page. Checks run inside the page, next to axe-core.
 */
import type { PageScan } from './page-scan';
import { accessibleDescription } from '@/utils/accessible-name/name';
import { nameOf } from '@/utils/accessible-name/label';
import type { Confidence, Evidence, Persona, RuleOutcome, Severity, Viewport } from './types';

export interface CheckMeta {
  /**
   * Also the key of the check's title and explanation (who is hurt, why it matters) in
   * locales/<language>/rules.json, which reports read in the reader's language (rule-text.ts).
   */
  id: string;
  /** Where the rule or threshold comes from: a KWCAG item, a WCAG criterion, or research. */
  source: string;
  /** The threshold in words, e.g. "more than 25% of text under 16 px". */
  threshold: string;
  kwcag: string[];
  wcag: string[];
  personas: Persona[];
  severity: Severity;
  /** How sure a failure of this check is, unless its run says otherwise. */
  confidence: Confidence;
  /** The evidence keys its results use: each is a locale string `rules:<id>.evidence.<key>` in every language. */
  evidence: readonly string[];
}

export interface CheckContext {
  scan: PageScan;
  viewport: Viewport;
  /** Resolves after `ms`; checks that sample the page twice (countdowns) await it. */
  sleep(ms: number): Promise<void>;
}

export interface CheckOutcome {
  outcome: RuleOutcome;
  /** `confidence` overrides the result's for this element (a gap that may not matter is only likely). */
  nodes: { element: Element; message: string; evidence?: Evidence; confidence?: Confidence }[];
  /** One line with the measurement behind the outcome (no page text beyond what a snippet shows). */
  summary: string;
  /** Why the check decided as it did, for the page as a whole (redacted by the runner). */
  evidence?: Evidence[];
  /** Overrides meta.confidence for this result (e.g. a countdown seen ticking is certain, a word is likely). */
  confidence?: Confidence;
}

export interface Check {
  meta: CheckMeta;
  run(document: Document, window: Window, context: CheckContext): CheckOutcome | Promise<CheckOutcome>;
}

/**
 * The words a person meets on an element, for checks that look for words ("연장", "설치",
 * "새 창"): what it is called (nameOf, as the overlay and the guides call it) and its description.
 */
export function textOf(element: Element): string {
  const name = nameOf(element);
  return `${name} ${accessibleDescription(element, name)}`.trim();
}
