import { describe, expect, it } from 'vitest';
import { check } from './consistent-help';
import type { JourneyPage } from '../journey-check-types';

const page = (title: string, help: JourneyPage['facts']['help']): JourneyPage => ({
  url: `https://demo.gov.kr/${title}`,
  title,
  facts: { help, fields: [] },
});
const helpAt = (region: string, position: 'top' | 'bottom' | 'fixed' | 'middle') => ({ text: '도움말', region, position });

describe('consistent-help', () => {
  it('passes when help is in the same place on every page', () => {
    expect(
      check.run([page('a', [helpAt('header', 'top')]), page('b', [helpAt('header', 'top'), helpAt('footer', 'bottom')])]).outcome,
    ).toBe('passed');
  });

  it('fails when help moves or disappears', () => {
    const result = check.run([page('a', [helpAt('header', 'top')]), page('b', [helpAt('float', 'fixed')]), page('c', [])]);
    expect(result.outcome).toBe('failed');
    expect(result.places.map((place) => place.message)).toContain('no help on "c"');
  });

  it('is inapplicable for a single page', () => {
    expect(check.run([page('a', [])]).outcome).toBe('inapplicable');
  });
});
