import { describe, expect, it } from 'vitest';
import { check } from './form-field-count';
import { runCheckOn } from '@/tests/kits/audit-check';

describe('form-field-count', () => {
  it('fails more than 10 questions, counting a radio group once', async () => {
    const fields = Array.from({ length: 11 }, (_, i) => `<input name="f${i}">`).join('');
    expect((await runCheckOn(check, `<form>${fields}</form>`)).outcome).toBe('failed');
    const radios = Array.from({ length: 12 }, (_, i) => `<input type="radio" name="kind" value="${i}">`).join('');
    const result = await runCheckOn(check, `<form><input name="name">${radios}<button type="submit">신청</button></form>`);
    expect(result).toMatchObject({ outcome: 'passed', summary: '2 questions on this page (limit 10)' });
  });

  it('is inapplicable without fields', async () => {
    expect((await runCheckOn(check, `<p>안내</p>`)).outcome).toBe('inapplicable');
  });
});
