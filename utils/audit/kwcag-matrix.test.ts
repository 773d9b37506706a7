import { describe, expect, it } from 'vitest';
import { kwcagMatrix, manualOnlyItems } from './kwcag-matrix';
import { KWCAG_ITEMS, kwcagForAxeRule, kwcagLabel, wcagFromTags } from './rule-map';

const rule = (ruleId: string, outcome: 'failed' | 'passed' | 'needs-review' | 'inapplicable', kwcag: string[]) => ({
  ruleId,
  outcome,
  kwcag,
});
const status = (rows: ReturnType<typeof kwcagMatrix>, item: string) => rows.find((row) => row.item === item)!.status;

describe('KWCAG 2.2 matrix', () => {
  it('has all 33 items with both numberings', () => {
    expect(KWCAG_ITEMS).toHaveLength(33);
    expect(new Set(KWCAG_ITEMS.map((entry) => entry.item)).size).toBe(33);
    expect(kwcagLabel('1.1.1')).toBe('1.1.1 (5.1.1)');
    expect(kwcagLabel('4.2.1')).toBe('4.2.1 (8.2.1)');
  });

  it('never passes an item nothing tested', () => {
    const rows = kwcagMatrix([]);
    expect(rows).toHaveLength(33);
    expect(rows.some((row) => row.status === 'automated-pass')).toBe(false);
    expect(status(rows, '1.3.2')).toBe('manual-only');
    expect(status(rows, '1.1.1')).toBe('needs-review');
  });

  it('fails an item when any mapped rule failed, even if others passed', () => {
    const rows = kwcagMatrix([rule('image-alt', 'failed', ['1.1.1']), rule('area-alt', 'passed', ['1.1.1'])]);
    expect(rows.find((row) => row.item === '1.1.1')).toMatchObject({ status: 'fail', rules: ['image-alt'] });
  });

  it('passes only fully automatable items with a passing rule and nothing to review', () => {
    expect(status(kwcagMatrix([rule('html-has-lang', 'passed', ['3.1.1'])]), '3.1.1')).toBe('automated-pass');
    expect(status(kwcagMatrix([rule('html-has-lang', 'passed', ['3.1.1']), rule('valid-lang', 'needs-review', ['3.1.1'])]), '3.1.1')).toBe(
      'needs-review',
    );
    // Alternative text passing axe still needs a person to judge whether the text is appropriate.
    expect(status(kwcagMatrix([rule('image-alt', 'passed', ['1.1.1'])]), '1.1.1')).toBe('needs-review');
    expect(status(kwcagMatrix([rule('html-has-lang', 'inapplicable', ['3.1.1'])]), '3.1.1')).toBe('needs-review');
  });

  it('lets our own checks fail a manual-leaning item', () => {
    expect(status(kwcagMatrix([rule('redundant-entry', 'failed', ['3.3.4'])]), '3.3.4')).toBe('fail');
  });

  it('maps axe rules and tags', () => {
    expect(kwcagForAxeRule('color-contrast', ['cat.color', 'wcag2aa', 'wcag143'])).toEqual(['1.4.3']);
    expect(kwcagForAxeRule('aria-roles', ['cat.aria'])).toEqual(['4.2.1']);
    expect(wcagFromTags(['wcag2a', 'wcag111', 'wcag1410', 'best-practice'])).toEqual(['1.1.1', '1.4.10']);
    expect(manualOnlyItems()).toContain('2.3.1');
  });
});
