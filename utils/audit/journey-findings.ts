/**
 * Journey-level findings (help not in one place, the same data asked twice) from the pages'
 * facts. Apart from the page assembly (assemble.ts), so what reads journeys — the background and
 * the CLI — does not load every page check with it.
 */
import { JOURNEY_CHECKS } from './journey-check-registry';
import type { JourneyPage } from './journey-check-types';
import { stableFindingId } from './stable-id';
import { confidenceOf } from './confidence';
import type { Finding, RuleRun } from './types';

/** Journey-level findings from the pages' facts, in visit order. */
export function journeyFindings(pages: readonly JourneyPage[]): { findings: Finding[]; rules: RuleRun[] } {
  const findings: Finding[] = [];
  const rules: RuleRun[] = [];
  for (const check of JOURNEY_CHECKS) {
    const result = check.run(pages);
    const { meta } = check;
    rules.push({ ruleId: meta.id, source: 'dotbogi', outcome: result.outcome, kwcag: meta.kwcag, wcag: meta.wcag, frames: [] });
    if (result.outcome !== 'failed' && result.outcome !== 'needs-review') continue;
    findings.push({
      id: stableFindingId(meta.id, [], 'journey'),
      ruleId: meta.id,
      source: 'dotbogi',
      outcome: result.outcome,
      kwcag: meta.kwcag,
      wcag: meta.wcag,
      personas: meta.personas,
      severity: meta.severity,
      confidence: confidenceOf(result.outcome, result.confidence, result.places, meta.confidence),
      evidence: result.evidence ?? [],
      nodes: result.places.map((place) => ({
        target: [pages[place.page]?.url ?? ''],
        frame: 0,
        snippet: '',
        message: `${place.page + 1}. ${place.message}`,
        templateSignature: 'journey',
        ...(place.evidence ? { evidence: place.evidence } : {}),
      })),
    });
  }
  return { findings, rules };
}
