import { describe, expect, it } from 'vitest';
import { checkOfficialSite, editDistance } from './official-check';

describe('checkOfficialSite', () => {
  it.each([
    ['https://www.gov.kr/portal/main', '정부24'],
    ['https://gov.kr/', '정부24'],
    ['https://www.hometax.go.kr/', undefined],
    ['https://www.bokjiro.go.kr/ssis-tbu/index.do', undefined],
    ['https://minwon.seoul.go.kr/', undefined],
    ['https://www.nhis.or.kr/nhis/index.do', '국민건강보험공단'],
    ['https://www.nps.or.kr/', '국민연금공단'],
    ['https://total.comwel.or.kr/', '근로복지공단'],
    ['https://WWW.GOV.KR./', '정부24'],
  ])('calls %s official', (url, serviceName) => {
    const result = checkOfficialSite(url);
    expect(result.verdict).toBe('official');
    expect(result.reasons).toEqual([]);
    expect(result.serviceName).toBe(serviceName);
  });

  it('notes plain http on an official site without calling it fake', () => {
    expect(checkOfficialSite('http://demo.gov.kr/before/')).toMatchObject({ verdict: 'official', insecure: true });
  });

  it.each([
    ['https://gov-kr.com/', 'looks-like-official'],
    ['https://g0v.kr/', 'looks-like-official'],
    ['https://www.gov.kr.help-center.com/', 'looks-like-official'],
    ['https://gov.kr-minwon.net/', 'government-word'],
    ['https://minwon24.com/', 'government-word'],
    ['https://www.hometax-refund.net/', 'government-word'],
    ['https://bokjiro.com/', 'government-word'],
    ['https://nhis.or.kr.co/', 'looks-like-official'],
    ['https://nhls.or.kr/', 'looks-like-official'],
    ['https://xn--9n3b87e.com/', 'punycode'],
    ['https://go.kr.apply-now.com/', 'government-word'],
    ['https://korea-gov.org/', 'government-word'],
    ['http://example.com/', 'insecure'],
  ])('warns about %s (%s)', (url, reason) => {
    const result = checkOfficialSite(url);
    expect(result.verdict).toBe('warning');
    expect(result.reasons).toContain(reason);
  });

  it('points to the official address a lookalike resembles', () => {
    expect(checkOfficialSite('https://g0v.kr/').resembles).toBe('gov.kr');
    expect(checkOfficialSite('https://www.nhis.or.kr.co/').resembles).toBe('nhis.or.kr');
  });

  it('warns strongly about a password form on a lookalike or over http', () => {
    expect(checkOfficialSite('https://gov-kr.com/login', { hasPasswordField: true }).reasons).toContain('password-form');
    expect(checkOfficialSite('http://127.0.0.1:8080/login', { hasPasswordField: true })).toMatchObject({
      verdict: 'warning',
      reasons: ['insecure', 'password-form'],
    });
  });

  it('is neutral about ordinary non-government https sites', () => {
    for (const url of ['https://www.naver.com/', 'https://example.org/', 'https://www.govern.co.uk.example/']) {
      const result = checkOfficialSite(url);
      expect.soft(result.verdict, url).not.toBe('official');
    }
    expect(checkOfficialSite('https://www.naver.com/')).toMatchObject({ verdict: 'unknown', reasons: [] });
    expect(checkOfficialSite('https://news.example.org/', { hasPasswordField: true }).verdict).toBe('unknown');
    expect(checkOfficialSite('http://localhost:3000/').verdict).toBe('unknown');
  });

  it('does not call other countries’ government sites fakes', () => {
    for (const url of [
      'https://www.gov.uk/',
      'https://designsystem.digital.gov/',
      'https://www.canada.gc.ca/',
      'https://www.digital.go.jp/',
    ]) {
      expect.soft(checkOfficialSite(url), url).toMatchObject({ verdict: 'unknown', reasons: [] });
    }
  });

  it('does not mistake a government word inside an official domain for a lookalike', () => {
    expect(checkOfficialSite('https://www.gov.kr/minwon').verdict).toBe('official');
  });
});

describe('editDistance', () => {
  it('counts single-letter edits', () => {
    expect(editDistance('gov.kr', 'gov.kr')).toBe(0);
    expect(editDistance('g0v.kr', 'gov.kr')).toBe(1);
    expect(editDistance('gov-kr.com', 'gov.kr')).toBe(5);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
