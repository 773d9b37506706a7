import { describe, expect, it } from 'vitest';
import { check } from './required-install';
import { runCheckOn } from '@/tests/kits/audit-check';

describe('required-install', () => {
  it('fails installer links and install prompts', async () => {
    const result = await runCheckOn(
      check,
      `<a href="/files/AnySign_Setup.exe">다운로드</a><button>보안 프로그램 설치</button><a href="/x.msi">x</a>`,
    );
    expect(result.outcome).toBe('failed');
    expect(result.nodes).toHaveLength(3);
  });

  it('passes a page without installs', async () => {
    expect((await runCheckOn(check, `<a href="/apply.html">신청하기</a>`)).outcome).toBe('passed');
  });
});
