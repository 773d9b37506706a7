import { describe, expect, it } from 'vitest';
import { isGovHost } from './gov-hosts';

describe('isGovHost', () => {
  it.each(['www.gov.kr', 'gov.kr', 'www.mois.go.kr', 'hometax.go.kr', 'WWW.GOV.KR.'])('%s is a government host', (host) => {
    expect(isGovHost(host)).toBe(true);
  });
  it.each(['gov-kr.com', 'g0v.kr', 'gov.kr.example.com', 'notgov.kr', 'go.kr.phish.io', 'xn--gov-kr-abc.com'])('%s is not', (host) => {
    expect(isGovHost(host)).toBe(false);
  });
});
