import { describe, expect, it } from 'vitest';
import { progressStatus, progressUpdates, type Progress } from './ReportProgress';

describe('report progress', () => {
  it('updates only when the whole percent changes', () => {
    const seen: Progress[] = [];
    const update = progressUpdates('pages', (progress) => seen.push(progress));
    for (let done = 1; done <= 500; done++) update(done, 500);
    expect(seen.map((progress) => progress.percent)).toEqual(Array.from({ length: 101 }, (_, percent) => percent));
    expect(seen.at(-1)).toEqual({ phase: 'pages', percent: 100 });
  });

  it('speaks the phase and every tenth, not every page', () => {
    const t = (key: string, options?: Record<string, unknown>) => `${key} ${JSON.stringify(options ?? {})}`;
    expect(progressStatus(t, null)).toBe('loading {}');
    expect(progressStatus(t, { phase: 'building', percent: 47 })).toBe('progress.building {"percent":40}');
  });
});
