/**
 * The baseline for the matching benchmark: a guide that stores one selector (the element's
 * id) instead of a fingerprint, run on the same mutated pages as measureAccuracy (Node only).
 */
import { checkSteps, loadDemoPages, loadGuideFiles, parseHtml, type DemoPage } from '../../tools/validate-guides.ts';
import { parseGuide, type Fingerprint } from '../../../utils/guides/schema.ts';
import { matchFingerprint } from '../../../utils/guides/matcher.ts';
import { mutateDocument, STANDARD_VARIANTS, type MutationVariant } from './mutations.ts';
import { hash } from './accuracy.ts';

export function measureIdBaseline(variants: readonly MutationVariant[] = STANDARD_VARIANTS): { accuracy: number; wrong: number } {
  const pages = loadDemoPages();
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const fresh = (page: DemoPage) => parseHtml(page.html, page.url.href);
  let total = 0;
  let correct = 0;
  let wrong = 0;
  const targetsByPage = new Map<string, Fingerprint[]>();
  for (const { data } of loadGuideFiles()) {
    const parsed = parseGuide(data);
    if (!parsed.ok) continue;
    for (const report of checkSteps(parsed.guide, pages, fresh)) {
      const step = parsed.guide.steps.find((candidate) => candidate.id === report.step)!;
      if (!report.found || !report.page || !step.target) continue;
      targetsByPage.set(report.page, [...(targetsByPage.get(report.page) ?? []), step.target]);
    }
  }
  for (const [file, targets] of targetsByPage) {
    for (const variant of variants) {
      const doc = fresh(byFile.get(file)!);
      const cache = new WeakMap();
      const truths = targets.map((target) => matchFingerprint(doc, target, { cache }).element);
      // The selector a one-selector guide would have recorded: the id before the page changed.
      const ids = truths.map((truth) => truth?.getAttribute('id'));
      mutateDocument(doc, variant.kinds, variant.seed + hash(file));
      for (const [index, truth] of truths.entries()) {
        const id = ids[index];
        if (!truth) continue;
        total += 1;
        const found = id ? doc.getElementById(id) : null;
        if (found === truth) correct += 1;
        else if (found) wrong += 1;
      }
    }
  }
  return { accuracy: total ? correct / total : 0, wrong };
}
