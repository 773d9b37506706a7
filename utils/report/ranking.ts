import type { Finding, Persona, Severity } from '../audit/types.ts';

/**
 * Priority of a merged finding. The formula and its numbers are documented in RANKING.md; keep
 * the two in step (ranking.test.ts checks the worked example from that file).
 *
 *   score = personaImpact × severity × reach × position
 */

/** How badly one instance hurts, from axe's impact scale (Dotbogi's checks use the same scale). */
export const SEVERITY: Record<Severity, number> = { critical: 8, serious: 4, moderate: 2, minor: 1 };

/** A finding a person still has to confirm counts half. */
export const OUTCOME_FACTOR: Record<Finding['outcome'], number> = { failed: 1, 'needs-review': 0.5 };

/**
 * Weight of each group hurt. Older users are Dotbogi's first audience; screen-reader users are
 * usually blocked outright rather than slowed down.
 */
export const PERSONA_WEIGHT: Record<Persona, number> = {
  older: 1.5,
  'screen-reader': 1.5,
  'low-vision': 1.2,
  migrant: 1.0,
  'low-literacy': 1.0,
  motor: 1.0,
};

/** With no persona recorded, a finding still counts as hurting someone. */
const NO_PERSONA_WEIGHT = 1;

export interface RankInput {
  severity: Severity;
  outcome: Finding['outcome'];
  personas: readonly Persona[];
  /** Pages (journey steps) where the finding occurs. */
  pages: number;
  /** Pages in the report. */
  totalPages: number;
  /** Elements affected, summed over pages. */
  instances: number;
  /** 0-based index of the earliest step where it occurs. */
  firstStep: number;
  /** Steps in the journey (1 for a single page). */
  totalSteps: number;
}

export function personaImpact(personas: readonly Persona[]): number {
  if (personas.length === 0) return NO_PERSONA_WEIGHT;
  return personas.reduce((sum, persona) => sum + PERSONA_WEIGHT[persona], 0);
}

/**
 * Share of pages affected (a template defect on every page counts fully) times a logarithmic
 * instance factor, so 200 repeated footer links do not outrank one blocked submit button.
 */
export function reach(pages: number, totalPages: number, instances: number): number {
  const share = totalPages > 0 ? pages / totalPages : 1;
  return (0.5 + 0.5 * share) * (1 + Math.log2(Math.max(1, instances)));
}

/** A barrier on step 1 stops everyone after it: 1.5 on the first step down to 1.0 on the last. */
export function position(firstStep: number, totalSteps: number): number {
  if (totalSteps <= 1) return 1.5;
  return 1.5 - 0.5 * (firstStep / (totalSteps - 1));
}

export function score(input: RankInput): number {
  return (
    personaImpact(input.personas) *
    SEVERITY[input.severity] *
    OUTCOME_FACTOR[input.outcome] *
    reach(input.pages, input.totalPages, input.instances) *
    position(input.firstStep, input.totalSteps)
  );
}
