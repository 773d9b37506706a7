import { redactTree } from '../../redact.ts';
import type { PageOutcome } from '../auditor.ts';
import { canonicalUrl, type TrackingFilter } from '../crawl/canonical.ts';
import { followable, type Scope } from '../crawl/scope.ts';
import type { LineToAppend } from './lines.ts';

/**
 * A finished page as its line in audit.jsonl. A crawl's links are kept there in canonical form,
 * and only those it may follow, so a resumed crawl rebuilds what it had still to visit from the
 * stream alone. The page audit goes through the audit's redaction module once more on the way
 * out, as every export does (utils/audit/redact.ts redactTree), all but axe's raw results: those
 * are bytes here, redacted in the page before they were packed (redactTree leaves packed results
 * alone for the same reason). The line's own addresses are kept as they are, because resume and
 * merge match pages by them: they are the auditor's own targets (also in state.json) or the
 * site's own links, and the crawler never submits a form, so no one's typed input is in them.
 */
export function lineOf(outcome: PageOutcome, scope: Scope | null, isTracking: TrackingFilter): LineToAppend {
  const { unit, target } = outcome;
  const placed = {
    key: unit.key,
    order: unit.order,
    given: target.given,
    url: target.url,
    ...(unit.depth !== undefined ? { depth: unit.depth } : {}),
    ...(outcome.journeyId !== null && outcome.step !== null ? { journey: { id: outcome.journeyId, step: outcome.step } } : {}),
  };
  if (outcome.error !== undefined) return { type: 'not-audited', ...placed, kind: outcome.kind, reason: outcome.error };
  const links =
    scope && outcome.links
      ? [
          ...new Set(
            followable(outcome.links).flatMap((href) => {
              try {
                const canonical = canonicalUrl(href, isTracking);
                return scope.refuse(new URL(canonical)) === null ? [canonical] : [];
              } catch {
                return [];
              }
            }),
          ),
        ]
      : undefined;
  const { axe, ...audit } = outcome.audit;
  return { type: 'page', ...placed, ...(links ? { links } : {}), audit: { ...redactTree(audit), axe } };
}
