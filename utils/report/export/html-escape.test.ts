import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html-escape.ts';
import { HOSTILE_STRINGS } from '@/tests/kits/report/hostile.ts';

describe('escapeHtml (the standalone file’s shell)', () => {
  it('leaves no markup character unescaped for any hostile string', () => {
    for (const payload of HOSTILE_STRINGS) expect(escapeHtml(payload)).not.toMatch(/[<>"'`]/);
    expect(escapeHtml('"><img src=x onerror=alert(1)>')).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });
});
