/**
 * Everything page-derived that the report keeps — addresses, titles, selectors, snippets, the
 * words and labels a check matched — passes through the audit's redaction module here, once, as
 * the report is built. Every view and every export (page, HTML, CSV, workbook, SARIF, Markdown)
 * reads the built report, so none of them can show a value the module masks, even from an audit
 * recorded before a pattern was added. (The JSON export is the audits themselves, redacted on
 * their way into storage.)
 */
import { redactSnippet, redactText as redactAny, redactUrl } from '../audit/redact.ts';
import type { Evidence, FindingNode } from '../audit/types.ts';
import { clip } from './text.ts';

/**
 * Longest page-derived string the report keeps. Every view shows less (text.ts), and the
 * redaction patterns cost time in proportion to the square of a run of letters without a match:
 * a hostile 100 kB attribute must not stall the report.
 */
export const MAX_PAGE_TEXT = 2000;

const redactText = (text: string): string => redactAny(clip(text, MAX_PAGE_TEXT));

export const redact = {
  text: redactText,
  url: (url: string): string => redactText(redactUrl(clip(url, MAX_PAGE_TEXT))),
  node: (node: FindingNode): FindingNode => ({
    ...node,
    target: node.target.map(redactText),
    snippet: redactSnippet(clip(node.snippet, MAX_PAGE_TEXT), Number.POSITIVE_INFINITY),
    message: redactText(node.message),
    ...(node.evidence ? { evidence: redactEvidence(node.evidence) } : {}),
  }),
  evidence: (evidence: Evidence): Evidence => redactEvidence(evidence),
};

function redactEvidence(evidence: Evidence): Evidence {
  return {
    ...evidence,
    values: Object.fromEntries(
      Object.entries(evidence.values).map(([key, value]) => [key, typeof value === 'string' ? redactText(value) : value]),
    ),
    ...(evidence.matched ? { matched: evidence.matched.map(redactText) } : {}),
    ...(evidence.same
      ? {
          same: evidence.same.map((field) => ({ ...field, label: redactText(field.label) })) as [
            (typeof evidence.same)[0],
            (typeof evidence.same)[1],
          ],
        }
      : {}),
  };
}
