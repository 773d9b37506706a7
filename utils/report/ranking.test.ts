import { describe, expect, it } from 'vitest';
import { personaImpact, position, reach, score } from './ranking.ts';

describe('ranking formula (RANKING.md)', () => {
  it('reproduces the worked example: image button on steps 1–2 of 4 scores 54', () => {
    expect(
      score({
        severity: 'critical',
        outcome: 'failed',
        personas: ['screen-reader', 'older'],
        pages: 2,
        totalPages: 4,
        instances: 2,
        firstStep: 0,
        totalSteps: 4,
      }),
    ).toBeCloseTo(54);
  });

  it('reproduces the worked example: contrast on every step scores 64.8 and outranks it', () => {
    expect(
      score({
        severity: 'serious',
        outcome: 'failed',
        personas: ['low-vision', 'older'],
        pages: 4,
        totalPages: 4,
        instances: 8,
        firstStep: 0,
        totalSteps: 4,
      }),
    ).toBeCloseTo(64.8);
  });

  it('weighs earlier steps higher than later ones', () => {
    expect(position(0, 5)).toBe(1.5);
    expect(position(4, 5)).toBe(1);
    expect(position(0, 1)).toBe(1.5);
  });

  it('grows with instances only logarithmically', () => {
    expect(reach(1, 1, 256) / reach(1, 1, 1)).toBe(9);
  });

  it('counts a finding that needs review half', () => {
    const base = {
      severity: 'serious' as const,
      personas: ['older' as const],
      pages: 1,
      totalPages: 1,
      instances: 1,
      firstStep: 0,
      totalSteps: 1,
    };
    expect(score({ ...base, outcome: 'needs-review' })).toBe(score({ ...base, outcome: 'failed' }) / 2);
  });

  it('counts a finding with no recorded persona as hurting someone', () => {
    expect(personaImpact([])).toBe(1);
    expect(personaImpact(['older', 'migrant'])).toBe(2.5);
  });
});
