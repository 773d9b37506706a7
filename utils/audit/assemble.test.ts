import { describe, expect, it } from 'vitest';
import type { AxeResults, Locale } from 'axe-core';
import ko from 'axe-core/locales/ko.json';
import { assemblePageAudit, type FrameResult } from './assemble';
import { journeyFindings } from './journey-findings';
import { skippedFrames } from '@/utils/background/run-audit';
import { pageAuditSchema } from './schema';
import type { FrameRun } from './types';
import { packAxe, unpackAxe, unpackPageAudit } from './packed-axe';

const node = (target: string) => ({
  target: [target],
  html: `<img src="a.png" id="${target.slice(1)}">`,
  impact: 'critical',
  any: [],
  all: [],
  none: [],
  failureSummary: 'Fix this',
});

const AXE = {
  testEngine: { name: 'axe-core', version: '4.14.1' },
  url: 'https://demo.gov.kr/a.html',
  timestamp: 'now',
  violations: [
    {
      id: 'image-alt',
      impact: 'critical',
      tags: ['cat.text-alternatives', 'wcag2a', 'wcag111'],
      help: 'Images must have alternative text',
      description: 'd',
      helpUrl: 'u',
      nodes: [node('#icon-1'), node('#icon-2')],
    },
  ],
  passes: [
    {
      id: 'html-has-lang',
      impact: null,
      tags: ['cat.language', 'wcag2a', 'wcag311'],
      help: 'h',
      description: 'd',
      helpUrl: 'u',
      nodes: [],
    },
  ],
  incomplete: [],
  inapplicable: [{ id: 'video-caption', impact: null, tags: ['wcag2a', 'wcag122'], help: 'h', description: 'd', helpUrl: 'u', nodes: [] }],
} as unknown as AxeResults;
const PACKED = await packAxe(AXE);

function frameRun(overrides: Partial<FrameRun> = {}): FrameRun {
  return {
    url: 'https://demo.gov.kr/a.html',
    title: '정부24',
    childFrames: [],
    axeRules: AXE,
    axe: PACKED,
    axeSignatures: { '["#icon-1"]': 'div>img', '["#icon-2"]': 'div>img' },
    checks: [
      {
        id: 'small-text',
        outcome: 'failed',
        confidence: 'certain',
        summary: '40% of text under 16 px',
        evidence: [{ key: 'share', values: { share: 40 } }],
        nodes: [{ target: ['p'], snippet: '<p>', message: '12 px text', templateSignature: 'main>p' }],
      },
    ],
    facts: { help: [], fields: [] },
    viewport: { width: 1280, height: 900, devicePixelRatio: 1, kind: 'desktop' },
    axeVersion: '4.14.1',
    error: null,
    ...overrides,
  };
}

const assemble = (frames: FrameResult[], language = 'ko') =>
  assemblePageAudit({
    id: 'x',
    journeyId: null,
    startedAt: 0,
    finishedAt: 1500,
    dotbogiVersion: '0.1.0',
    language,
    axeLocale: language === 'ko' ? (ko as unknown as Locale) : null,
    frames,
    axe: PACKED,
    skipped: [],
  });

describe('assembling a page audit', () => {
  it('keeps axe raw results untouched and lists every rule with its outcome', async () => {
    const page = assemble([{ frameId: 0, path: [], run: frameRun() }]);
    expect(page.axe).toBe(PACKED);
    expect(await unpackAxe(page.axe!)).toEqual(AXE);
    expect(page.rules.map((rule) => [rule.ruleId, rule.source, rule.outcome])).toEqual([
      ['image-alt', 'axe', 'failed'],
      ['html-has-lang', 'axe', 'passed'],
      ['video-caption', 'axe', 'inapplicable'],
      ['small-text', 'dotbogi', 'failed'],
    ]);
    expect(pageAuditSchema.safeParse(await unpackPageAudit(page)).success).toBe(true);
  });

  it('merges nodes of one template into one finding with a stable id, titled in the audit language', () => {
    const page = assemble([{ frameId: 0, path: [], run: frameRun() }]);
    const alt = page.findings.find((finding) => finding.ruleId === 'image-alt')!;
    expect(alt.nodes).toHaveLength(2);
    expect(alt.title).toBe(ko.rules['image-alt'].help);
    expect(alt).toMatchObject({ kwcag: ['1.1.1'], wcag: ['1.1.1'], severity: 'critical', personas: ['screen-reader', 'low-vision'] });
    expect(assemble([{ frameId: 0, path: [], run: frameRun() }]).findings[0]!.id).toBe(alt.id);
    expect(assemble([{ frameId: 0, path: [], run: frameRun() }], 'vi').findings[0]!.title).toBe('Images must have alternative text');
  });

  it('builds the KWCAG matrix and the coverage statement', () => {
    const page = assemble([{ frameId: 0, path: [], run: frameRun() }]);
    expect(page.kwcag.find((row) => row.item === '1.1.1')!.status).toBe('fail');
    expect(page.kwcag.find((row) => row.item === '3.1.1')!.status).toBe('automated-pass');
    expect(page.coverage.manualOnly).toContain('2.3.1');
    expect(page.status).toBe('complete');
  });

  it('reports frames that failed or were not reached', () => {
    const broken = frameRun({ axeRules: null, axe: null, checks: [], error: 'boom', url: 'https://x.example/frame' });
    const page = assemble([
      { frameId: 0, path: [], run: frameRun({ childFrames: ['https://x.example/frame', 'https://ads.example/'] }) },
      { frameId: 4, path: [0], run: broken },
    ]);
    expect(page.status).toBe('partial');
    expect(page.coverage.errors).toEqual([{ frame: 'https://x.example/frame', message: 'boom' }]);
    const top = frameRun({ childFrames: ['https://x.example/frame', 'https://ads.example/', 'about:blank'] });
    expect(
      skippedFrames([
        { frameId: 0, path: [], run: top },
        { frameId: 4, path: [0], run: broken },
      ]),
    ).toEqual([
      { url: 'https://ads.example/', reason: 'cross-origin frame without permission' },
      { url: 'about:blank', reason: 'blank or srcdoc frame (not audited)' },
    ]);
  });

  it('derives journey findings from page facts', () => {
    const fields = [{ purpose: 'name', label: '이름', name: 'name', autocomplete: '', type: 'text' }];
    const { findings, rules } = journeyFindings(
      [
        { url: 'a', title: 'a', facts: { help: [], fields } },
        { url: 'b', title: 'b', facts: { help: [], fields } },
      ],
      'ko',
    );
    expect(findings.map((finding) => finding.ruleId)).toEqual(['redundant-entry']);
    expect(findings[0]!.kwcag).toEqual(['3.3.4']);
    expect(rules.find((rule) => rule.ruleId === 'consistent-help')!.outcome).toBe('inapplicable');
  });
});
