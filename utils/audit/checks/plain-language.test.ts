import { describe, expect, it } from 'vitest';
import { check } from './plain-language';
import { runCheckOn } from '@/tests/kits/audit-check';

describe('plain-language', () => {
  it('fails a long legal sentence full of jargon', async () => {
    const html = `<p>신청인은 「민원 처리에 관한 법률」 제12조 및 같은 법 시행규칙에 의거하여 정보통신망을 이용한 주민등록표 등본의 교부를 신청할 수 있으며, 이 경우 본인 또는 세대원임이 확인된 자에 한하여 교부하되, 전자문서지갑으로 수령하는 경우 해당 전자문서는 관계 법령에서 정하는 바에 따라 원본과 동일한 효력을 가집니다.</p>`;
    const result = await runCheckOn(check, html);
    expect(result.outcome).toBe('failed');
    expect(result.summary).toContain('의거하여');
    expect(result.nodes.some((node) => node.message.startsWith('sentence of'))).toBe(true);
  });

  it('finds English jargon as whole words', async () => {
    const result = await runCheckOn(check, `<p>Pursuant to the rules, apply online.</p>`);
    expect(result.outcome).toBe('needs-review');
  });

  it('passes short plain sentences', async () => {
    expect((await runCheckOn(check, `<p>이름을 적어 주세요. 다음을 누르세요.</p>`)).outcome).toBe('passed');
  });
});
