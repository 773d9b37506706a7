import { describe, expect, it } from 'vitest';
import { check } from './document-only';
import { runCheckOn } from '@/tests/kits/audit-check';

describe('document-only', () => {
  it('fails HWP/PDF links without a web view', async () => {
    const result = await runCheckOn(
      check,
      `<ul><li><a href="files/notice.hwp">공고문</a></li><li><a href="files/notice.pdf">공고문</a></li></ul>`,
    );
    expect(result.outcome).toBe('failed');
    expect(result.nodes.map((node) => node.evidence?.values.format)).toEqual(['HWP', 'PDF']);
    expect(result.evidence).toEqual([{ key: 'count', values: { failed: 2, total: 2 } }]);
  });

  it('passes when a web view sits next to the file', async () => {
    expect((await runCheckOn(check, `<li><a href="notice.hwp">내려받기</a> <a href="view.html">바로보기</a></li>`)).outcome).toBe('passed');
  });
});
