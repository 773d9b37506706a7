import { describe, expect, it } from 'vitest';
import corpus from './redact.corpus.json';
import { redactSnippet, redactText, redactTree } from './redact';

const redact = (input: string, snippet?: boolean) => (snippet ? redactSnippet(input) : redactText(input));

describe('redaction corpus', () => {
  it.each(corpus.secrets)('removes $kind', ({ input, secret, snippet }) => {
    const out = redact(input, snippet);
    expect(out).not.toContain(secret);
    // Snippets are redacted too, not only plain text.
    expect(redactSnippet(input)).not.toContain(secret);
    // Redacting again changes nothing: what was masked stays masked, nothing else moves.
    expect(redact(out, snippet)).toBe(out);
  });

  it.each(corpus.keep)('keeps "$input"', ({ input, snippet }) => {
    expect(redact(input, snippet)).toBe(input);
  });

  it('caps snippet length', () => {
    expect(redactSnippet(`<div>${'가'.repeat(500)}</div>`).length).toBeLessThanOrEqual(300);
  });

  it('keeps the shape of what it masks, and the labels around it', () => {
    expect(redactText('성명: 박순자')).toBe('성명: ＊＊＊');
    expect(redactText('연락처 010-7294-3318')).toBe('연락처 ＊＊＊-＊＊＊＊-＊＊＊＊');
  });
});

describe('redacting whole records', () => {
  it('redacts every page text in a record of any shape, and leaves ids, times and rule metadata', () => {
    const record = {
      id: '3f2a8c1e-1234-5678-9012-0123456789ab',
      startedAt: '2026-11-27T03:00:00.000Z',
      url: 'https://demo.gov.kr/confirm.html?name=%ED%99%8D&phone=01012345678',
      findings: [{ ruleId: 'label', nodes: [{ snippet: '<input value="박순자">', message: '연락처 010-7294-3318', target: ['#a'] }] }],
      evidence: [{ key: 'timeWords', values: { words: '성명: 박순자' }, matched: ['성명: 박순자'] }],
      anything: { deeper: ['주민등록번호 450823-2143517'] },
      axe: { encoding: 'gzip+base64', data: 'H4sIAAAA' },
    };
    const out = redactTree(record);
    const text = JSON.stringify(out);
    for (const secret of ['박순자', '7294', '2143517', '01012345678']) expect(text).not.toContain(secret);
    expect(out.id).toBe(record.id);
    expect(out.startedAt).toBe(record.startedAt);
    expect(out.findings[0]!.ruleId).toBe('label');
    expect(out.axe).toBe(record.axe);
  });
});

describe('ids survive', () => {
  it("keeps a journey's page ids, even ones that look like digit groups", () => {
    const journey = { pages: ['3f2a8c1e-1234-5678-9012-0123456789ab'], findings: [] };
    expect(redactTree(journey)).toEqual(journey);
  });
});
