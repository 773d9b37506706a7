import { describe, expect, it } from 'vitest';
import { reportToSarif, SARIF_SCHEMA } from './sarif.ts';
import { buildReport } from '../../build-report.ts';
import { syntheticFinding, syntheticPage, SYNTHETIC_RULES } from '@/tests/kits/report/synthetic-audits.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';

/** The properties SARIF 2.1.0's schema requires, and the constraints code-scanning tools rely on. */
describe('SARIF 2.1.0', () => {
  const page = {
    ...syntheticPage(0),
    findings: [...syntheticPage(0).findings, syntheticFinding(SYNTHETIC_RULES[0]!, 'review', 1, 'needs-review')],
  };
  const log = reportToSarif(buildReport({ kind: 'page', audit: page }), reportTranslator('en'));

  it('has the required top-level shape', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.tool.driver.name).toBe('Dotbogi');
  });

  it('declares each rule once, and every result points at its rule by id and index', () => {
    const { rules } = log.runs[0]!.tool.driver;
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
    for (const result of log.runs[0]!.results) {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.message.text.length).toBeGreaterThan(0);
      expect(['error', 'warning', 'note', 'none']).toContain(result.level);
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^https:\/\//);
      expect(result.partialFingerprints['dotbogiFinding/v2']).toBe(`${result.ruleId}|1`);
    }
    for (const rule of rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text.length).toBeGreaterThan(0);
    }
  });

  it('reports findings that need review as kind "review" with level "none", as SARIF requires', () => {
    const review = log.runs[0]!.results.filter((result) => result.kind === 'review');
    expect(review).toHaveLength(1);
    expect(review[0]!.level).toBe('none');
    expect(log.runs[0]!.results.filter((result) => result.kind === 'fail').every((result) => result.level !== 'none')).toBe(true);
  });

  it('carries KWCAG and WCAG as rule tags and the selector as a logical location', () => {
    const rule = log.runs[0]!.tool.driver.rules.find((entry) => entry.id === 'image-alt')!;
    expect(rule.properties.tags).toEqual(expect.arrayContaining(['KWCAG 1.1.1', 'WCAG 1.1.1']));
    const result = log.runs[0]!.results.find((entry) => entry.ruleId === 'image-alt')!;
    expect(result.locations[0]!.logicalLocations[0]).toEqual({ fullyQualifiedName: '#template0-0', kind: 'element' });
  });

  it('round-trips through JSON', () => {
    expect(JSON.parse(JSON.stringify(log))).toEqual(log);
  });
});
