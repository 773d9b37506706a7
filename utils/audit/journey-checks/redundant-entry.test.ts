import { describe, expect, it } from 'vitest';
import { check } from './redundant-entry';
import type { JourneyPage } from '../journey-check-types';

const field = (purpose: string, label: string) => ({ purpose, label, name: purpose, autocomplete: '', type: 'text' });
const page = (title: string, fields: JourneyPage['facts']['fields']): JourneyPage => ({
  url: `https://demo.gov.kr/${title}`,
  title,
  facts: { help: [], fields },
});

describe('redundant-entry', () => {
  it('fails when the same purpose is asked on two pages', () => {
    const result = check.run([
      page('apply', [field('name', '신청인 이름'), field('tel', '연락처')]),
      page('confirm', [field('tel', '휴대전화')]),
    ]);
    expect(result.outcome).toBe('failed');
    expect(result.places).toEqual([{ page: 1, message: '"tel" asked again (first on step 1)' }]);
  });

  it('passes when each purpose is asked once, and re-entering a password is not redundant', () => {
    expect(
      check.run([page('a', [field('name', '이름'), field('password', '비밀번호')]), page('b', [field('password', '비밀번호')])]).outcome,
    ).toBe('passed');
  });
});
