import { describe, expect, it } from 'vitest';
import { check } from './redundant-entry';
import type { JourneyPage } from '../journey-check-types';

const field = (purpose: string, label: string, extra: Partial<JourneyPage['facts']['fields'][number]> = {}) => ({
  purpose,
  label,
  name: purpose,
  autocomplete: '',
  type: 'text',
  ...extra,
});
const page = (title: string, fields: JourneyPage['facts']['fields']): JourneyPage => ({
  url: `https://demo.gov.kr/${title}`,
  title,
  facts: { help: [], fields },
});

describe('redundant-entry', () => {
  it('fails when the same purpose is asked on two pages, naming the two fields and why they are the same', () => {
    const result = check.run([
      page('apply', [field('name', '신청인 이름'), field('tel', '연락처')]),
      page('confirm', [field('tel', '휴대전화')]),
    ]);
    expect(result.outcome).toBe('failed');
    expect(result.places).toHaveLength(1);
    expect(result.places[0]).toMatchObject({ page: 1, confidence: 'likely' });
    expect(result.places[0]!.evidence).toMatchObject({
      key: 'sameByName',
      values: { firstStep: 1, firstLabel: '연락처', step: 2, label: '휴대전화', purpose: 'tel' },
      same: [
        { step: 0, label: '연락처', purpose: 'tel' },
        { step: 1, label: '휴대전화', purpose: 'tel' },
      ],
    });
  });

  it('is certain when both fields say what they are for in autocomplete', () => {
    const result = check.run([
      page('a', [field('bday', '생년월일', { name: 'f1', autocomplete: 'bday' })]),
      page('b', [field('bday', '태어난 날', { name: 'f2', autocomplete: 'bday' })]),
    ]);
    expect(result.places[0]).toMatchObject({ confidence: 'certain', evidence: { key: 'sameByAutocomplete' } });
  });

  it('never counts a search box, even one whose label says 이름 (older records kept it as a field)', () => {
    const search = field('name', '서비스 이름이나 낱말을 입력하세요', { name: 'q', type: 'search' });
    expect(check.run([page('home', [search]), page('apply', [field('name', '신청인 이름')])]).outcome).toBe('passed');
  });

  it('passes when each purpose is asked once, and re-entering a password is not redundant', () => {
    expect(
      check.run([page('a', [field('name', '이름'), field('password', '비밀번호')]), page('b', [field('password', '비밀번호')])]).outcome,
    ).toBe('passed');
  });
});
