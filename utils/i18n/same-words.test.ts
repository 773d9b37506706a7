import { describe, expect, it } from 'vitest';
import { lintSameWords } from './same-words';

const groups = [['report:level.review', 'report:journey.review', 'audit:status.needs-review']];
const korean = { report: { 'level.review': '확인 필요', 'journey.review': '확인 필요' }, audit: { 'status.needs-review': '확인 필요' } };

describe('the report’s words', () => {
  it('names a string that says a status in other words than the rest of the report', () => {
    const english = {
      report: { 'level.review': 'To review', 'journey.review': 'to review' },
      audit: { 'status.needs-review': 'Needs review' },
    };
    const problems = lintSameWords('en', english, korean, groups);
    expect(problems.map((item) => [item.code, item.namespace, item.key, item.params])).toEqual([
      ['term-mismatch', 'audit', 'status.needs-review', { term: '확인 필요', rendering: 'To review', id: 'report:level.review' }],
    ]);
    expect(problems[0]!.message).toContain('“Needs review” where report:level.review says “To review”');
  });

  it('lets letter case differ, and skips strings not translated yet', () => {
    const russian = { report: { 'level.review': 'На проверку', 'journey.review': 'на проверку' }, audit: {} };
    expect(lintSameWords('ru', russian, korean, groups)).toEqual([]);
  });
});
