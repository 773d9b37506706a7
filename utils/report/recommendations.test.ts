import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHECKS } from '@/utils/audit/check-registry';
import { JOURNEY_CHECKS } from '@/utils/audit/journey-check-registry';
import { KWCAG_ITEMS } from '@/utils/audit/rule-map';
import { recommendationFor, RECOMMENDATION_TEXT_KEYS, RECOMMENDED_RULE_IDS } from './recommendations';
import friction from './friction.json';

const COMMON_ON_GOVERNMENT_SITES = [
  'image-alt',
  'label',
  'color-contrast',
  'link-name',
  'button-name',
  'html-has-lang',
  'document-title',
  'bypass',
  'region',
  'target-size',
  'frame-title',
  'duplicate-id',
  'heading-order',
  'landmark-one-main',
  'landmark-unique',
  'list',
  'listitem',
  'input-image-alt',
  'select-name',
  'aria-allowed-attr',
  'nested-interactive',
  'meta-viewport',
  'empty-heading',
  'page-has-heading-one',
];

describe('recommendations data', () => {
  it('has its own recommendation for the axe rules that commonly fire on government sites', () => {
    expect(COMMON_ON_GOVERNMENT_SITES.filter((rule) => !RECOMMENDED_RULE_IDS.includes(rule))).toEqual([]);
  });

  it('has its own recommendation for every Dotbogi check, page and journey level', () => {
    const ids = [...CHECKS, ...JOURNEY_CHECKS].map((check) => check.meta.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !RECOMMENDED_RULE_IDS.includes(id))).toEqual([]);
  });

  it('covers every axe rule the KWCAG crosswalk names', () => {
    const named = KWCAG_ITEMS.flatMap((item) => item.axeRules);
    expect(named.filter((rule) => !RECOMMENDED_RULE_IDS.includes(rule))).toEqual([]);
  });

  it('falls back to a generic change for an unknown rule', () => {
    expect(recommendationFor('some-future-rule')).toEqual({ text: 'generic', service: false, markup: null, krds: null, roles: ['dev'] });
    expect(recommendationFor('__proto__').text).toBe('generic');
  });

  it('says who acts, the KRDS section of every KRDS reference, and the fix as a service change where there is one', () => {
    for (const id of RECOMMENDED_RULE_IDS) {
      const rec = recommendationFor(id);
      expect(rec.roles.length, id).toBeGreaterThan(0);
      if (rec.krds) expect(rec.krds.section.ko, id).toBeTruthy();
      // Without a service change, the markup shows what to change.
      if (!rec.service) expect(rec.markup, id).toBeTruthy();
    }
    expect(recommendationFor('redundant-entry')).toMatchObject({ service: true, roles: ['policy', 'design', 'dev'] });
    expect(recommendationFor('session-time-limit').service).toBe(true);
    expect(recommendationFor('input-image-alt').markup).toContain('<button type="submit">');
  });

  it('has every recommendation text in every shipped language', () => {
    const root = resolve(import.meta.dirname, '../../locales');
    for (const language of readdirSync(root).filter((name) => !name.includes('.'))) {
      const rec = (JSON.parse(readFileSync(resolve(root, language, 'report.json'), 'utf8')) as { rec: Record<string, string> }).rec;
      expect(
        RECOMMENDATION_TEXT_KEYS.filter((key) => !rec[key]),
        language,
      ).toEqual([]);
      expect(
        Object.keys(rec).filter((key) => !RECOMMENDATION_TEXT_KEYS.includes(key)),
        `${language}: unused`,
      ).toEqual([]);
    }
  });

  it('names only real checks as friction', () => {
    const checkIds = [...CHECKS.map((check) => check.meta.id), 'meta-refresh', 'meta-refresh-no-exceptions'];
    const listed = [friction.timeLimits, friction.newWindows, friction.installs, friction.authentication].flat();
    expect(listed.filter((id) => !checkIds.includes(id))).toEqual([]);
  });
});
