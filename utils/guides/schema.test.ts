import { describe, expect, it } from 'vitest';
import { parseGuide } from './schema';
import { buildRegistry } from './registry';
import copyGuide from './data/resident-copy.json';

const minimal = {
  format: 1,
  id: 'demo',
  version: 1,
  title: 'demo.title',
  summary: 'demo.summary',
  sites: [{ host: 'demo.gov.kr' }],
  steps: [
    { id: 'one', action: 'click', page: { path: '*/a.html' }, target: { role: 'button', name: '신청하기' }, text: 'demo.steps.one.text' },
    { id: 'two', action: 'read', page: {}, text: 'demo.steps.two.text', branches: [{ if: { path: '*/b.html' }, goTo: 'one' }] },
  ],
};

describe('guide schema', () => {
  it('accepts a shipped guide and a minimal one', () => {
    expect(parseGuide(copyGuide).ok).toBe(true);
    expect(parseGuide(minimal).ok).toBe(true);
  });

  it('rejects a broken guide with the JSON path and the reason', () => {
    const broken = structuredClone(minimal) as Record<string, unknown> & { steps: Record<string, unknown>[] };
    broken.steps[0]!.action = 'jump';
    delete broken.steps[0]!.target;
    const result = parseGuide(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toContain('steps[0].action');
  });

  it('requires a target for click steps and known step ids in branches', () => {
    const noTarget = { ...minimal, steps: [{ ...minimal.steps[0], target: undefined }] };
    const result = parseGuide(noTarget);
    expect(result.ok ? [] : result.problems).toEqual([{ path: 'steps[0].target', reason: 'click, type and choose steps need a target' }]);
    const badBranch = { ...minimal, steps: [minimal.steps[0], { ...minimal.steps[1], branches: [{ if: {}, goTo: 'nowhere' }] }] };
    const branch = parseGuide(badBranch);
    expect(branch.ok ? [] : branch.problems).toEqual([{ path: 'steps[1].branches[0].goTo', reason: 'no step "nowhere"' }]);
  });

  it('leaves a broken file out of the registry without throwing, and keeps the others', () => {
    const registry = buildRegistry({ '/d/good.json': minimal, '/d/bad.json': { format: 2 }, '/d/copy.json': copyGuide });
    expect(registry.guides.map((guide) => guide.id)).toEqual(['resident-copy', 'demo']);
    expect(registry.rejected.map((entry) => entry.file)).toEqual(['bad.json']);
    expect(registry.rejected[0]!.problems[0]!.path).toBe('format');
  });

  it('finds every shipped guide through the glob, the most needed task (등본) first', () => {
    const ids = buildRegistry().guides.map((guide) => guide.id);
    expect(ids).toEqual(['resident-copy', 'resident-abstract', 'family', 'move-in', 'foreigner']);
    expect(buildRegistry().rejected).toEqual([]);
  });
});
