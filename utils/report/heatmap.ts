import { PERSONAS, type Persona } from '../audit/types.ts';
import type { Report } from './types.ts';

/** Most steps the heat map draws; the table alternative and the step table hold every step. */
export const HEATMAP_STEPS = 40;

export interface HeatMap {
  personas: Persona[];
  /** Steps drawn (0-based), in order. */
  steps: number[];
  /** values[persona][column]: failed findings (rule × page) on that step that hurt that group. */
  values: number[][];
  /** blocked[persona][column]: that group is stopped on that step. */
  blocked: boolean[][];
  /** Steps that could not be audited (drawn as such, never as zero). */
  notAudited: boolean[];
  max: number;
}

/** Persona × step: who meets how many problems where, and where they are stopped. */
export function heatMap(report: Report): HeatMap {
  const steps = report.steps.slice(0, HEATMAP_STEPS).map((step) => step.index);
  const column = new Map(steps.map((step, index) => [step, index]));
  const personas = PERSONAS.filter((persona) => report.rules.some((rule) => rule.findings > 0 && rule.personas.includes(persona)));
  const values = personas.map(() => steps.map(() => 0));
  const blocked = personas.map(() => steps.map(() => false));
  for (const rule of report.rules) {
    for (const step of rule.steps) {
      const at = column.get(step.step);
      if (at === undefined || step.places === 0) continue;
      for (const persona of rule.personas) {
        const row = personas.indexOf(persona);
        if (row < 0) continue;
        values[row]![at]!++;
        if (step.level === 'blocker') blocked[row]![at] = true;
      }
    }
  }
  return {
    personas,
    steps,
    values,
    blocked,
    notAudited: steps.map((step) => report.steps[step]!.status === 'not-audited'),
    max: Math.max(1, ...values.flat()),
  };
}

/** A fill from light to dark blue for a count (0 is white); text on it stays readable (see textColour). */
export function heatColour(value: number, max: number): string {
  if (value <= 0) return '#ffffff';
  const share = Math.min(1, value / max);
  const light = [222, 235, 247];
  const dark = [8, 48, 107];
  const mix = light.map((from, index) => Math.round(from + (dark[index]! - from) * share));
  return `rgb(${mix.join(',')})`;
}

export function textColour(value: number, max: number): string {
  return value > 0 && value / max > 0.45 ? '#ffffff' : '#1b1b1b';
}
