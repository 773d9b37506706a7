import { describe, expect, it } from 'vitest';
import { samplePageAudit } from '@/tests/kits/sample-audit.ts';
import type { PageOutcome } from './auditor.ts';
import { createProgress } from './progress.ts';

const done: PageOutcome = {
  target: { given: 'http://demo.gov.kr/a.html', url: 'http://demo.gov.kr/a.html' },
  unit: 0,
  journeyId: null,
  audit: samplePageAudit(),
};
const failed: PageOutcome = {
  target: { given: 'http://unreachable.test/', url: 'http://unreachable.test/' },
  unit: 1,
  journeyId: null,
  error: 'the server answered HTTP 502 Bad Gateway',
};

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (text: string) => chunks.push(text) };
}

describe('progress', () => {
  it('prints one line per page when stdout is not a terminal (CI logs)', () => {
    const out = stream(false);
    const progress = createProgress(out, 2);
    progress.page(done);
    progress.page(failed);
    progress.finish();
    expect(out.chunks.join('')).toBe(
      '✓ 1/2 http://demo.gov.kr/a.html — 1 failed (critical 1)\n✗ 2/2 http://unreachable.test/ — the server answered HTTP 502 Bad Gateway\n',
    );
  });

  it('redraws one bar on a terminal, keeping failures on their own lines', () => {
    const out = stream(true);
    const progress = createProgress(out, 2);
    progress.page(done);
    progress.page(failed);
    progress.finish();
    const text = out.chunks.join('');
    expect(text).toContain('\r\x1b[2K');
    expect(text).toContain('] 2/2 pages');
    expect(text).toContain('✗ 2/2 http://unreachable.test/ — the server answered HTTP 502 Bad Gateway\n');
    expect(text).not.toContain('✓');
    expect(text.endsWith('\n')).toBe(true);
  });
});
