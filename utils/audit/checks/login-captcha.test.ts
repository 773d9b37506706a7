import { describe, expect, it } from 'vitest';
import { check } from './login-captcha';
import { runCheckOn } from '@/tests/kits/audit-check';

describe('login-captcha', () => {
  it('fails a CAPTCHA without an alternative', async () => {
    const html = `<form><input type="password"><img src="captcha.png" alt="보안문자"><input name="captcha"></form>`;
    expect((await runCheckOn(check, html)).outcome).toBe('failed');
  });

  it('needs review when an audio alternative is offered', async () => {
    const html = `<form><input type="password"><img src="/captcha/img" alt="자동입력 방지 문자"><button>음성으로 듣기</button></form>`;
    expect((await runCheckOn(check, html)).outcome).toBe('needs-review');
  });

  it('fails a password field that blocks paste', async () => {
    const result = await runCheckOn(check, `<input type="password" onpaste="return false">`);
    expect(result.nodes[0]!.message).toContain('blocks paste');
  });

  it('passes a plain login and ignores pages without one', async () => {
    expect((await runCheckOn(check, `<input type="password">`)).outcome).toBe('passed');
    expect((await runCheckOn(check, `<p>안내</p>`)).outcome).toBe('inapplicable');
  });
});
