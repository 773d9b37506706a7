import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGuides, formatCheck } from '../tools/validate-guides';
import copyGuide from '../../utils/guides/data/resident-copy.json';

describe('npm run guides:check', () => {
  it('passes for every shipped guide on both twins of the demo site', () => {
    const result = checkGuides();
    const failing = result.guides.flatMap((guide) => [
      ...guide.problems.map((problem) => `${guide.file} ${problem.path}: ${problem.reason}`),
      ...guide.steps.filter((step) => !step.found && !step.skipped).map((step) => `${guide.file} ${step.twin} ${step.step}`),
    ]);
    expect(failing).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.guides).toHaveLength(5);
    // Every step with a target reports its confidence.
    const copy = result.guides.find((guide) => guide.id === 'resident-copy')!;
    expect(copy.steps.filter((step) => step.found && step.score !== null).every((step) => step.score! >= 0.62)).toBe(true);
  }, 240_000);

  it('fails a guide whose target is not on its page, and one that breaks the schema', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guides-'));
    const stale = structuredClone(copyGuide);
    stale.steps[1]!.target = {
      role: 'textbox',
      label: '여권번호',
      id: 'passport',
      nameAttr: 'passport',
      data: { label: '여권번호' },
      tag: 'input',
      type: 'text',
      heading: '신청 내용',
    };
    writeFileSync(join(dir, 'resident-copy.json'), JSON.stringify(stale));
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...copyGuide, id: 'broken', steps: [] }));
    const result = checkGuides({ dir });
    expect(result.ok).toBe(false);
    expect(result.guides.find((guide) => guide.file === 'broken.json')!.problems[0]!.path).toBe('steps');
    const name = result.guides.find((guide) => guide.file === 'resident-copy.json')!.steps.filter((step) => step.step === 'name');
    expect(name.map((step) => step.found)).toEqual([false, false]);
    expect(formatCheck(result).join('\n')).toContain('FAIL');
  }, 240_000);
});
