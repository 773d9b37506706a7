/**
 * Validates the shipped guides for `npm run guides:check` and its unit test: every guide must
 * pass the schema, and every step must find its target on the demo-site pages it is meant
 * for, on BOTH twins (before/ and after/), with a clear, unique match; and in every language the
 * card's line (action tag + step text) must not repeat the action word (./guide-action-words.ts).
 *
 * A tool for guide authors and tests, not part of the extension: Node only (reads files, parses
 * pages with happy-dom without running their scripts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { parseGuide, type Guide, type GuideProblem } from '../../utils/guides/schema.ts';
import { matchFingerprint } from '../../utils/guides/matcher.ts';
import { guideAppliesTo, pageMatches, urlMatches } from '../../utils/guides/page-condition.ts';
import { findRepeatedActionWords, loadGuideStrings, type RepeatedWord } from './guide-action-words.ts';

export const GUIDES_DIR = resolve(import.meta.dirname, '../../utils/guides/data');
export const DEMO_SITE = resolve(import.meta.dirname, '../fixtures/demo-site');
export const DEMO_HOST = 'demo.gov.kr';
export const TWINS = ['before', 'after'] as const;

export interface DemoPage {
  url: URL;
  /** Path relative to the demo-site folder, e.g. "before/move-in/apply.html". */
  file: string;
  html: string;
}

export interface StepReport {
  guide: string;
  step: string;
  twin: string;
  page: string | null;
  /** Best score 0…1 and margin over the runner-up; null when no page of this twin has the step. */
  score: number | null;
  margin: number | null;
  found: boolean;
  /** A step whose page condition needs an element that this twin does not have is skipped there. */
  skipped: boolean;
}

export interface GuideCheck {
  file: string;
  id: string | null;
  problems: GuideProblem[];
  steps: StepReport[];
}

export interface CheckResult {
  guides: GuideCheck[];
  /** Steps whose card line says the action word twice in some language (./guide-action-words.ts). */
  repeatedWords: RepeatedWord[];
  ok: boolean;
}

/** Every HTML page of the demo site, as served in e2e (http://demo.gov.kr/<path>). */
export function loadDemoPages(root = DEMO_SITE): DemoPage[] {
  const pages: DemoPage[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.html')) {
        const file = relative(root, path).split('\\').join('/');
        pages.push({ url: new URL(`http://${DEMO_HOST}/${file}`), file, html: readFileSync(path, 'utf8') });
      }
    }
  };
  walk(root);
  return pages.sort((a, b) => a.file.localeCompare(b.file));
}

/** Parses HTML into a document without running its scripts or loading anything. */
export function parseHtml(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

export function loadGuideFiles(dir = GUIDES_DIR): { file: string; data: unknown; error?: string }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      try {
        return { file, data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown };
      } catch (error) {
        return { file, data: null, error: error instanceof Error ? error.message : String(error) };
      }
    });
}

/** Checks one valid guide's steps against the demo pages of each twin. */
export function checkSteps(guide: Guide, pages: DemoPage[], parse: (page: DemoPage) => Document): StepReport[] {
  const reports: StepReport[] = [];
  for (const twin of TWINS) {
    const twinPages = pages.filter((page) => page.file.startsWith(`${twin}/`) && guideAppliesTo(guide, page.url));
    for (const step of guide.steps) {
      // A step for any page (the menu link that opens a service) is checked on the home page first.
      const candidates = twinPages
        .filter((page) => urlMatches(step.page, page.url))
        .sort((a, b) => Number(b.file.endsWith('/index.html')) - Number(a.file.endsWith('/index.html')));
      const report: StepReport = {
        guide: guide.id,
        step: step.id,
        twin,
        page: null,
        score: null,
        margin: null,
        found: false,
        skipped: false,
      };
      for (const page of candidates) {
        const doc = parse(page);
        if (!pageMatches(step.page, page.url, doc)) continue;
        report.page = page.file;
        if (!step.target) {
          report.found = true;
          break;
        }
        const match = matchFingerprint(doc, step.target);
        report.score = match.score;
        report.margin = match.margin;
        report.found = match.element !== null;
        if (report.found) break;
      }
      // The page exists but lacks the element the step is conditional on: the step is skipped there.
      if (!report.page && candidates.length > 0 && step.page.present) report.skipped = true;
      reports.push(report);
    }
  }
  return reports;
}

/** Runs the whole check: schema, unique ids, targets on both twins. */
export function checkGuides(options: { dir?: string; site?: string; locales?: string } = {}): CheckResult {
  const pages = loadDemoPages(options.site);
  const cache = new Map<string, Document>();
  const parse = (page: DemoPage) => {
    let doc = cache.get(page.file);
    if (!doc) cache.set(page.file, (doc = parseHtml(page.html, page.url.href)));
    return doc;
  };
  const seen = new Set<string>();
  const valid: Guide[] = [];
  const guides = loadGuideFiles(options.dir).map(({ file, data, error }): GuideCheck => {
    if (error) return { file, id: null, problems: [{ path: '$', reason: `not JSON: ${error}` }], steps: [] };
    const parsed = parseGuide(data);
    if (!parsed.ok) return { file, id: null, problems: parsed.problems, steps: [] };
    valid.push(parsed.guide);
    const problems: GuideProblem[] = [];
    if (`${parsed.guide.id}.json` !== file) problems.push({ path: 'id', reason: `must match the file name (${file})` });
    if (seen.has(parsed.guide.id)) problems.push({ path: 'id', reason: `another guide has id "${parsed.guide.id}"` });
    seen.add(parsed.guide.id);
    return { file, id: parsed.guide.id, problems, steps: checkSteps(parsed.guide, pages, parse) };
  });
  const repeatedWords = findRepeatedActionWords(valid, loadGuideStrings(options.locales));
  const ok =
    repeatedWords.length === 0 &&
    guides.every((guide) => guide.problems.length === 0 && guide.steps.every((step) => step.found || step.skipped));
  return { guides, repeatedWords, ok };
}

/** Human-readable lines for the CLI. */
export function formatCheck(result: CheckResult): string[] {
  const lines: string[] = [];
  for (const guide of result.guides) {
    lines.push(`${guide.problems.length || guide.steps.some((s) => !s.found && !s.skipped) ? '✗' : '✓'} ${guide.file}`);
    for (const problem of guide.problems) lines.push(`    ${problem.path}: ${problem.reason}`);
    for (const step of guide.steps) {
      const status = step.found ? 'ok  ' : step.skipped ? 'skip' : 'FAIL';
      const confidence = step.score === null ? '  —  ' : `${step.score.toFixed(2)} (+${(step.margin ?? 0).toFixed(2)})`;
      lines.push(
        `    ${status} ${step.twin.padEnd(6)} ${step.step.padEnd(16)} ${confidence.padEnd(14)} ${step.page ?? (step.skipped ? 'not on this twin' : 'no page for this step')}`,
      );
    }
  }
  for (const repeated of result.repeatedWords) {
    lines.push(
      `✗ ${repeated.language} ${repeated.guide}/${repeated.step}: "${repeated.word}" twice after the action tag: ${repeated.line}`,
    );
  }
  lines.push(result.ok ? 'All guides pass.' : 'Some guides fail: see ✗ above.');
  return lines;
}
