/**
 * Matching accuracy of the shipped guides on mutated demo pages (Node only): for every step
 * whose target is found on an unmutated twin page, mutate that page and check that the matcher
 * still accepts exactly the same element — or accepts nothing, never another one. Unrelated
 * pages (home, notices, help, login…) must match no step bound to a specific page.
 */
import { checkSteps, loadDemoPages, loadGuideFiles, parseHtml, type DemoPage } from '../../tools/validate-guides.ts';
import { parseGuide, type Guide } from '../../../utils/guides/schema.ts';
import { matchFingerprint } from '../../../utils/guides/matcher.ts';
import { guideAppliesTo, pageMatches } from '../../../utils/guides/page-condition.ts';
import { mutateDocument, STANDARD_VARIANTS, type MutationVariant } from './mutations.ts';

export interface VariantAccuracy {
  variant: string;
  total: number;
  correct: number;
  /** Accepted, but not the real target. Must be zero. */
  wrong: number;
  /** Nothing accepted: the guide shows the step without pointing (safe, but not helpful). */
  missed: number;
}

export interface AccuracyReport {
  variants: VariantAccuracy[];
  total: number;
  correct: number;
  wrong: number;
  missed: number;
  /** correct / total, 0…1. */
  accuracy: number;
  /** Step targets accepted on pages unrelated to any guide step (must be zero). */
  unrelatedChecks: number;
  unrelatedAccepted: number;
  /** Human-readable notes on every wrong or unrelated acceptance, for debugging. */
  failures: string[];
}

/** Pages no guide step is about: a step bound to a specific page must match nothing there. */
// (The login page is not here: its 생년월일 field IS the same kind of field; page conditions keep
// guides off it.)
export const UNRELATED_PAGES = ['index.html', 'notice/list.html', 'notice/view.html', 'help.html', 'session.html'];

function shippedGuides(): Guide[] {
  return loadGuideFiles().flatMap(({ data }) => {
    const parsed = parseGuide(data);
    return parsed.ok ? [parsed.guide] : [];
  });
}

export interface AccuracyOptions {
  variants?: readonly MutationVariant[];
  /** Only these guides (all shipped guides by default). */
  guideIds?: readonly string[];
  /** Skip the unrelated-pages part (it is the slow half). */
  skipUnrelated?: boolean;
}

export function measureAccuracy({ variants = STANDARD_VARIANTS, guideIds, skipUnrelated = false }: AccuracyOptions = {}): AccuracyReport {
  const pages = loadDemoPages();
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const fresh = (page: DemoPage) => parseHtml(page.html, page.url.href);
  const guides = shippedGuides().filter((guide) => !guideIds || guideIds.includes(guide.id));
  const results = variants.map((variant) => ({ variant: variant.name, total: 0, correct: 0, wrong: 0, missed: 0 }));
  const failures: string[] = [];

  // Group the steps by the page they were found on, so each page is parsed and mutated once
  // per variant, with all its targets identified before the mutation.
  const stepsByPage = new Map<string, { guide: Guide; step: Guide['steps'][number] }[]>();
  for (const guide of guides) {
    for (const report of checkSteps(guide, pages, fresh)) {
      const step = guide.steps.find((candidate) => candidate.id === report.step)!;
      if (!report.found || !report.page || !step.target) continue;
      stepsByPage.set(report.page, [...(stepsByPage.get(report.page) ?? []), { guide, step }]);
    }
  }
  for (const [file, steps] of stepsByPage) {
    const page = byFile.get(file)!;
    variants.forEach((variant, index) => {
      const doc = fresh(page);
      const before = new WeakMap();
      const truths = steps.map(({ step }) => matchFingerprint(doc, step.target!, { cache: before }).element);
      // A different seed per page, still fully deterministic.
      mutateDocument(doc, variant.kinds, variant.seed + hash(file));
      const row = results[index]!;
      const after = new WeakMap();
      steps.forEach(({ guide, step }, position) => {
        const truth = truths[position];
        if (!truth) return;
        const result = matchFingerprint(doc, step.target!, { cache: after });
        row.total += 1;
        if (result.element === truth) row.correct += 1;
        else if (result.element === null) row.missed += 1;
        else {
          row.wrong += 1;
          failures.push(
            `${variant.name}: ${guide.id}/${step.id} on ${file} accepted <${result.element.tagName.toLowerCase()}> "${result.element.textContent?.trim().slice(0, 40)}"`,
          );
        }
      });
    });
  }

  let unrelatedChecks = 0;
  let unrelatedAccepted = 0;
  for (const twin of skipUnrelated ? [] : ['before', 'after']) {
    for (const file of UNRELATED_PAGES) {
      const page = byFile.get(`${twin}/${file}`);
      if (!page) continue;
      for (const variant of [null, ...variants]) {
        const doc = fresh(page);
        if (variant) mutateDocument(doc, variant.kinds, variant.seed);
        const cache = new WeakMap();
        for (const guide of guides) {
          if (!guideAppliesTo(guide, page.url)) continue;
          for (const step of guide.steps) {
            // Steps meant for every page (the menu link that opens the service) or for this very
            // page are not unrelated to it.
            if (!step.target || !step.page.path || pageMatches({ path: step.page.path }, page.url, doc)) continue;
            unrelatedChecks += 1;
            const accepted = matchFingerprint(doc, step.target, { cache }).element;
            if (accepted) {
              unrelatedAccepted += 1;
              failures.push(
                `unrelated ${page.file}${variant ? ` (${variant.name})` : ''}: ${guide.id}/${step.id} accepted <${accepted.tagName.toLowerCase()}>`,
              );
            }
          }
        }
      }
    }
  }

  const sum = (key: 'total' | 'correct' | 'wrong' | 'missed') => results.reduce((total, row) => total + row[key], 0);
  const total = sum('total');
  return {
    variants: results,
    total,
    correct: sum('correct'),
    wrong: sum('wrong'),
    missed: sum('missed'),
    accuracy: total ? sum('correct') / total : 0,
    unrelatedChecks,
    unrelatedAccepted,
    failures,
  };
}

/** A small stable hash, to derive per-page seeds. */
export function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (Math.imul(value, 31) + char.charCodeAt(0)) >>> 0;
  return value % 100_000;
}
