import { describe, expect, it } from 'vitest';
import { canGoBackHere, completesStep, goBack, goToStep, isResumable, resolveStep, startProgress } from './runner';
import type { Guide, PageCondition } from './schema';
import copy from './data/resident-copy.json';
import { globMatches } from './page-condition';

const guide: Guide = {
  format: 1,
  id: 'demo',
  version: 2,
  title: 'demo.title',
  summary: 'demo.summary',
  sites: [{ host: 'demo.gov.kr' }],
  steps: [
    {
      id: 'open',
      action: 'click',
      page: {},
      target: { role: 'link', name: '신청' },
      text: 'k.a',
      branches: [{ if: { path: '/apply' }, goTo: 'name' }],
    },
    { id: 'name', action: 'type', page: { path: '/apply' }, target: { role: 'textbox', name: '이름' }, text: 'k.b' },
    { id: 'submit', action: 'click', page: { path: '/apply' }, target: { role: 'button', name: '신청하기' }, text: 'k.c' },
    {
      id: 'check',
      action: 'type',
      page: { path: '/confirm', present: { role: 'textbox', name: '성명' } },
      target: { role: 'textbox', name: '성명' },
      text: 'k.d',
      advance: 'manual',
    },
    { id: 'issue', action: 'click', page: { path: '/confirm' }, target: { role: 'button', name: '발급하기' }, text: 'k.e' },
  ],
};

/** A fake page: its path, and whether the optional identity check is on it. */
const on =
  (path: string, identityCheck = false) =>
  (condition: PageCondition) =>
    (!condition.path || condition.path === path) && (!condition.present || identityCheck);

describe('guide runner logic', () => {
  it('follows a branch from the first step when the user is already on the form', () => {
    expect(resolveStep(guide, 0, on('/apply'))).toBe(1);
    expect(resolveStep(guide, 0, on('/'))).toBe(0);
  });

  it('skips a step whose element this copy of the site does not have', () => {
    expect(resolveStep(guide, 2, on('/confirm', true))).toBe(3);
    expect(resolveStep(guide, 2, on('/confirm', false))).toBe(4);
  });

  it('goes back to the nearest earlier step when the form comes back (e.g. with errors)', () => {
    expect(resolveStep(guide, 4, on('/apply'))).toBe(2);
  });

  it('stays on the step (shown without pointing) on an unknown page', () => {
    expect(resolveStep(guide, 3, on('/elsewhere'))).toBe(3);
  });

  it('goes back to the step actually visited, not simply the one before', () => {
    let progress = startProgress(guide, 0, 'run');
    progress = goToStep(progress, guide, 1, 1)!;
    progress = goToStep(progress, guide, 2, 2)!;
    progress = goToStep(progress, guide, 4, 3)!;
    expect(goBack(progress, guide, 4).stepId).toBe('submit');
    expect(goToStep(progress, guide, 5, 5)).toBeNull();
  });

  it('restarts instead of resuming when the guide changed', () => {
    const progress = startProgress(guide, 0, 'run');
    expect(isResumable(progress, guide)).toBe(true);
    expect(isResumable({ ...progress, guideVersion: 1 }, guide)).toBe(false);
    expect(isResumable({ ...progress, stepId: 'gone' }, guide)).toBe(false);
  });

  it('knows which user action completes a step', () => {
    expect(completesStep(guide.steps[2]!, 'click')).toBe(true);
    expect(completesStep(guide.steps[1]!, 'change')).toBe(true);
    expect(completesStep(guide.steps[1]!, 'click')).toBe(false);
    expect(completesStep(guide.steps[3]!, 'change')).toBe(false);
  });
});

describe('Back on this page', () => {
  const guide = copy as Guide;
  const at = (path: string) => (condition: PageCondition) => !condition.path || globMatches(condition.path, path);

  it('is not offered on the form for the step that opened the form', () => {
    const progress = { ...startProgress(guide, 0, 'r'), stepId: 'name', history: ['open'] };
    expect(canGoBackHere(progress, guide, at('/before/resident-copy/apply.html'))).toBe(false);
  });

  it('is offered for an earlier step on the same page', () => {
    const progress = { ...startProgress(guide, 0, 'r'), stepId: 'birth', history: ['open', 'name'] };
    expect(canGoBackHere(progress, guide, at('/before/resident-copy/apply.html'))).toBe(true);
  });
});
