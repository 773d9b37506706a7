import { describe, expect, it } from 'vitest';
import { buildReport, buildReportInSlices } from './build-report.ts';
import {
  SYNTHETIC_RULES,
  syntheticFinding,
  syntheticJourney,
  syntheticPage,
  type SyntheticRule,
} from '@/tests/kits/report/synthetic-audits.ts';
import type { PageAudit } from '../audit/types.ts';
import { measuredLine } from './words.ts';
import { reportTranslator } from '@/tests/kits/report/i18n';

const journeyOf = (pages: number) => ({ kind: 'journey' as const, ...syntheticJourney(pages) });
const rule = (ruleId: string): SyntheticRule => ({
  ruleId,
  severity: 'serious',
  personas: ['older'],
  kwcag: '3.3.2',
  wcag: '3.3.2',
  source: 'dotbogi',
});

describe('buildReport', () => {
  it('makes one card per rule over the journey, counting findings (rule × page) and places (elements)', () => {
    const report = buildReport(journeyOf(4));
    // Each synthetic page fails each of the 10 rules once: 10 cards, 40 findings.
    expect(report.rules).toHaveLength(SYNTHETIC_RULES.length);
    expect(report.counts).toMatchObject({ pages: 4, findings: 40, rules: 10, reviewFindings: 0 });
    const alt = report.rules.find((rule) => rule.ruleId === 'image-alt')!;
    expect(alt.steps.map((step) => [step.step, step.places])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(alt.findings).toBe(4);
    expect(alt.places).toBe(12);
    expect(alt.allPlaces).toHaveLength(12);
    // Examples come from different steps first.
    expect(alt.examples.map((place) => place.step)).toEqual([0, 1, 2]);
    expect(report.counts.places).toBe(report.rules.reduce((sum, rule) => sum + rule.allPlaces.length, 0));
    expect(report.steps[2]!.findings).toBe(10);
    expect(report.steps[2]!.ruleIds).toHaveLength(10);
  });

  it('ranks blockers first, then by level and step, and says who acts and what to change', () => {
    const report = buildReport(journeyOf(3));
    expect(report.rules[0]!.ruleId).toBe('session-time-limit');
    expect(report.rules[0]!.level).toBe('blocker');
    expect(report.rules.map((rule) => rule.rank)).toEqual(report.rules.map((_, index) => index + 1));
    const levels = report.rules.map((rule) => ['blocker', 'hard', 'minor', 'review'].indexOf(rule.level));
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    const bypass = report.rules.find((rule) => rule.ruleId === 'bypass')!;
    expect(bypass.recommendation.krds).toMatchObject({ en: 'Skip link', section: { ko: '탐색' } });
    expect(bypass.recommendation.roles).toEqual(['dev']);
  });

  it('makes an image button without a name on a form a blocker on its step', () => {
    const button = syntheticFinding(
      { ruleId: 'input-image-alt', severity: 'critical', personas: ['screen-reader'], kwcag: '1.1.1', wcag: '1.1.1', source: 'axe' },
      'submit',
      1,
    );
    const submit = {
      ...button,
      nodes: [{ ...button.nodes[0]!, snippet: '<input type="image" src="btn.gif">', templateSignature: 'main>form>input[type=image]' }],
    };
    const contrast = syntheticFinding(SYNTHETIC_RULES[2]!, 'footer', 40);
    const page: PageAudit = { ...syntheticPage(0, 0), findings: [contrast, submit] };
    const report = buildReport({ kind: 'page', audit: page });
    expect(report.rules.map((rule) => [rule.ruleId, rule.level])).toEqual([
      ['input-image-alt', 'blocker'],
      ['color-contrast', 'hard'],
    ]);
    expect(report.counts.byLevel).toEqual({ blocker: 1, hard: 1, minor: 0 });
  });

  it('says who is hurt in findings by level and where they stop, and names the five changes that help most', () => {
    const report = buildReport(journeyOf(3));
    expect(report.personas[0]!.persona).toBe('older');
    expect(report.personas[0]!.byLevel.blocker).toBe(3);
    expect(report.personas[0]!.blockerSteps).toEqual([0, 1, 2]);
    expect(report.personas.map((row) => row.persona)).toHaveLength(6);
    expect(report.topChanges).toHaveLength(5);
    expect(report.topChanges[0]!.recommendation.text).toBe('timeLimit');
    expect(new Set(report.topChanges.map((change) => change.recommendation.text)).size).toBe(5);
  });

  it('places a journey check’s findings on the pages they name, one finding per page', () => {
    const { journey, pages } = syntheticJourney(3);
    const help = syntheticFinding(rule('consistent-help'), 'journey', 2);
    help.nodes = [
      { ...help.nodes[0]!, target: [pages[1]!.url], message: '2. help moved', templateSignature: 'journey' },
      { ...help.nodes[1]!, target: [pages[2]!.url], message: '3. help moved', templateSignature: 'journey' },
    ];
    const report = buildReport({ kind: 'journey', journey: { ...journey, findings: [help] }, pages });
    const merged = report.rules.find((entry) => entry.ruleId === 'consistent-help')!;
    expect(merged.journeyWide).toBe(true);
    expect(merged.steps.map((step) => step.step)).toEqual([1, 2]);
    expect(merged.findings).toBe(2);
    expect(merged.recommendation.text).toBe('consistentHelp');
  });

  it('shows a step that could not be audited as such, never as zero problems', () => {
    const { journey, pages } = syntheticJourney(3);
    const report = buildReport({
      kind: 'journey',
      journey,
      pages: [pages[0]!, { notAudited: true, url: 'https://www.example.go.kr/pay', reason: 'the server answered HTTP 502' }, pages[2]!],
    });
    expect(report.steps[1]).toMatchObject({ status: 'not-audited', reason: 'the server answered HTTP 502', findings: 0 });
    expect(report.counts).toMatchObject({ pages: 3, notAudited: 1, findings: 20 });
    expect(report.cert.every((row) => row.cells[1]!.why === 'not-audited')).toBe(true);
  });

  it('gathers each check’s evidence (what it measured against its threshold, the words it matched) and how sure it is', () => {
    const target = syntheticFinding(rule('target-size-kwcag'), 'small', 2);
    target.confidence = 'likely';
    target.nodes = target.nodes.map((node, index) => ({
      ...node,
      evidence: {
        key: 'diagonal',
        values: { diagonal: 5.1 },
        measured: { quantity: 'diagonal', value: index === 0 ? 5.123 : 4.2, unit: 'mm', comparison: '<', threshold: 6 },
      },
    }));
    const time = syntheticFinding(rule('session-time-limit'), 'clock', 1);
    time.evidence = [{ key: 'words', values: {}, matched: ['남은 시간', '연장'] }];
    const report = buildReport({ kind: 'page', audit: { ...syntheticPage(0, 0), findings: [target, time] } });
    const size = report.rules.find((entry) => entry.ruleId === 'target-size-kwcag')!;
    expect(size.evidence.measured.map((value) => measuredLine(value))).toEqual(['5.12 mm < 6 mm', '4.2 mm < 6 mm']);
    expect(size.confidence).toBe('likely');
    expect(report.rules.find((entry) => entry.ruleId === 'session-time-limit')!.evidence.matched).toEqual(['남은 시간', '연장']);
  });

  it('names what a check counted in the reader’s language, and keeps symbol units as they are', () => {
    const sentence = { quantity: 'sentence-length', value: 95, unit: 'Hangul characters', comparison: '>' as const, threshold: 80 };
    expect(measuredLine(sentence, reportTranslator('ko'))).toBe('95 > 80 (한 문장의 한글 글자 수)');
    expect(measuredLine(sentence, reportTranslator('en'))).toBe('95 > 80 (Korean letters in one sentence)');
    const size = { quantity: 'font-size', value: 12, unit: 'px', comparison: '<' as const, threshold: 16 };
    expect(measuredLine(size, reportTranslator('ko'))).toBe('12 px < 16 px');
  });

  it('names steps by what differs in their titles, not by the site’s name', () => {
    const { journey, pages } = syntheticJourney(3);
    const titled = pages.map((page, index) => ({ ...page, title: ['정부24', '신청서 작성 | 정부24', '수수료 결제 | 정부24'][index]! }));
    const report = buildReport({ kind: 'journey', journey, pages: titled });
    expect(report.steps.map((step) => step.name)).toEqual(['step-0', '신청서 작성', '수수료 결제']);
  });

  it('puts friction per step: time limits, fields, and real users’ signals for that page', () => {
    const page: PageAudit = {
      ...syntheticPage(0, 0),
      findings: [syntheticFinding(rule('session-time-limit'), 't', 1)],
      facts: {
        help: [],
        fields: Array.from({ length: 23 }, (_, i) => ({ purpose: 'x', label: `f${i}`, name: `f${i}`, autocomplete: '', type: 'text' })),
      },
    };
    const report = buildReport(
      { kind: 'page', audit: page },
      {
        signals: [
          {
            where: { host: new URL(page.url).hostname, path: new URL(page.url).pathname },
            guideId: 'g',
            stepId: 'a',
            kind: 'stuck',
            count: 3,
          },
          { where: { host: 'elsewhere.go.kr', path: '/*' }, guideId: 'g', stepId: 'b', kind: 'stuck', count: 9 },
        ],
      },
    );
    expect(report.steps[0]!.friction).toEqual({ timeLimits: 1, newWindows: 0, installs: 0, authentication: 0, fields: 23 });
    expect(report.steps[0]!.signals.map((signal) => [signal.stepId, signal.count])).toEqual([['a', 3]]);
  });

  it('states coverage: pages, frames, what was skipped and what needs a person', () => {
    const page: PageAudit = {
      ...syntheticPage(0),
      coverage: {
        framesAudited: 2,
        framesSkipped: [{ url: 'https://pay.example/frame', reason: 'cross-origin', kind: 'no-permission' }],
        errors: [],
        manualOnly: ['1.3.2'],
        notTested: ['login'],
      },
    };
    const coverage = buildReport({ kind: 'page', audit: page }).coverage;
    expect(coverage.framesAudited).toBe(2);
    expect(coverage.skipped).toEqual([{ page: page.url, url: 'https://pay.example/frame', reason: 'cross-origin', kind: 'no-permission' }]);
    expect(coverage.manualOnly).toEqual(['1.3.2']);
    expect(coverage.rulesRun).toBe(SYNTHETIC_RULES.length);
  });
});

describe('buildReportInSlices', () => {
  it('builds the same report as buildReport, pausing between slices of pages', async () => {
    const source = { kind: 'journey' as const, ...syntheticJourney(45) };
    let pauses = 0;
    const progress: number[] = [];
    const sliced = await buildReportInSlices(
      source,
      {},
      {
        pause: async () => {
          pauses += 1;
        },
        onProgress: (done, total) => progress.push(done / total),
      },
    );
    expect(sliced).toEqual(buildReport(source));
    expect(pauses).toBeGreaterThanOrEqual(3);
    // Progress only grows, and reaches every page before the report is done.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });
});
