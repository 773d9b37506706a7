import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from './check-registry';
import { JOURNEY_CHECKS } from './journey-check-registry';
import { KWCAG_ITEMS, kwcagForCheck } from './rule-map';
import { PERSONAS, SEVERITIES } from './types';

describe('check registries', () => {
  const all = [...CHECKS, ...JOURNEY_CHECKS];

  it('discovers every check file, each with complete metadata', () => {
    // Found by glob: every file in checks/ is a check, with no list to keep by hand.
    const files = readdirSync(join(import.meta.dirname, 'checks')).filter((name) => !name.endsWith('.test.ts'));
    expect(CHECKS.map((check) => `${check.meta.id}.ts`)).toEqual(files.sort());
    expect(CHECKS.length).toBeGreaterThanOrEqual(9);
    for (const { meta } of all) {
      // Its title and explanation are in locales/<language>/rules.json (utils/report/rule-text.test.ts).
      expect(meta.source && meta.threshold).toBeTruthy();
      expect(meta.personas.length).toBeGreaterThan(0);
      expect(meta.personas.every((persona) => PERSONAS.includes(persona))).toBe(true);
      expect(SEVERITIES).toContain(meta.severity);
    }
  });

  it('lists every file in journey-checks/ (that registry is written out by hand)', () => {
    const files = readdirSync(join(import.meta.dirname, 'journey-checks')).filter((name) => !name.endsWith('.test.ts'));
    expect(JOURNEY_CHECKS.map((check) => `${check.meta.id}.ts`).sort()).toEqual(files.sort());
  });

  it('agrees with kwcag.json about which items each check covers', () => {
    for (const { meta } of all) expect(kwcagForCheck(meta.id)).toEqual(meta.kwcag);
    const listed = KWCAG_ITEMS.flatMap((item) => item.checks);
    for (const id of listed) expect(all.map((check) => check.meta.id)).toContain(id);
  });
});
