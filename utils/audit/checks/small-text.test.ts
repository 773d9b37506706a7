import { describe, expect, it } from 'vitest';
import { check } from './small-text';
import { runCheckOn } from '@/tests/kits/audit-check';

describe('small-text', () => {
  it('fails when most text is under 16 px', async () => {
    const result = await runCheckOn(
      check,
      `<p style="font-size:12px">작은 글씨로 된 아주 긴 안내 문장입니다</p><p style="font-size:18px">큰 글씨</p>`,
    );
    expect(result.outcome).toBe('failed');
    expect(result.nodes[0]!.element.textContent).toContain('작은 글씨');
  });

  it('passes when text is 16 px or more', async () => {
    const result = await runCheckOn(
      check,
      `<p style="font-size:16px">보통 글씨의 안내 문장입니다</p><p style="font-size:20px">큰 글씨</p>`,
    );
    expect(result.outcome).toBe('passed');
  });

  it('ignores hidden text and is inapplicable without text', async () => {
    expect((await runCheckOn(check, `<div hidden><p style="font-size:10px">숨은 글씨</p></div>`)).outcome).toBe('inapplicable');
  });
});

describe('small-text evidence', () => {
  it('records the share it measured against the 25% limit, and each run’s size against 16 px', async () => {
    const result = await runCheckOn(check, `<p style="font-size:12px">작은 글자로 된 긴 안내문입니다</p><p>보통</p>`);
    expect(result.outcome).toBe('failed');
    expect(result.evidence?.[0]).toMatchObject({ key: 'share', measured: { unit: '%', comparison: '>', threshold: 25 } });
    expect(result.nodes[0]!.evidence).toMatchObject({ key: 'size', values: { size: 12, threshold: 16 } });
  });
});
