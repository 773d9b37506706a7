import { describe, expect, it } from 'vitest';
import type { AxeResults } from 'axe-core';
import { assemblePageAudit, type FrameResult } from './assemble';
import { journeyFindings } from './journey-findings';
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
    viewport: { width: 1280, height: 900, devicePixelRatio: 1, kind: 'desktop' },
    axeVersion: '4.14.1',
    axeFrames: null,
    axeError: null,
    signatures: { '["#icon-1"]': 'div>img', '["#icon-2"]': 'div>img' },
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
    error: null,
    ...overrides,
  };
}

const top = (run: FrameRun = frameRun()): FrameResult => ({ frameId: 0, path: [], run, chain: [] });

const assemble = (frames: FrameResult[], axe: AxeResults = AXE) =>
  assemblePageAudit({
    id: 'x',
    journeyId: null,
    startedAt: 0,
    finishedAt: 1500,
    dotbogiVersion: '0.1.0',
    frames,
    axe: { slim: axe, packed: PACKED },
    skipped: [],
  });

describe('assembling a page audit', () => {
  it('keeps axe raw results untouched and lists every rule with its outcome', async () => {
    const page = assemble([top()]);
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

  it('merges nodes of one template into one finding with a stable id, and keeps no rule text in any language', () => {
    const page = assemble([top()]);
    const alt = page.findings.find((finding) => finding.ruleId === 'image-alt')!;
    expect(alt.nodes).toHaveLength(2);
    expect(alt).toMatchObject({ kwcag: ['1.1.1'], wcag: ['1.1.1'], severity: 'critical', personas: ['screen-reader', 'low-vision'] });
    expect(assemble([top()]).findings[0]!.id).toBe(alt.id);
    // Reports take the rule's text by id in the reader's language (utils/report/rule-text.ts).
    expect(alt).not.toHaveProperty('title');
    expect(alt).not.toHaveProperty('description');
    expect(page.engines).not.toHaveProperty('locale');
    expect(page.coverage).not.toHaveProperty('notTested');
  });

  it('builds the KWCAG matrix and the coverage statement', () => {
    const page = assemble([top()]);
    expect(page.kwcag.find((row) => row.item === '1.1.1')!.status).toBe('fail');
    expect(page.kwcag.find((row) => row.item === '3.1.1')!.status).toBe('automated-pass');
    expect(page.coverage.manualOnly).toContain('2.3.1');
    expect(page.status).toBe('complete');
  });

  it('places each node in its frame: the frame selectors axe puts first are split off', () => {
    const framed = {
      ...AXE,
      violations: [{ ...AXE.violations[0]!, nodes: [{ ...node('#icon-1'), target: ['iframe#map', '#icon-1'] }] }],
    } as unknown as AxeResults;
    const child: FrameResult = { frameId: 7, path: [0], run: frameRun({ url: 'https://map.demo.gov.kr/' }), chain: ['iframe#map'] };
    const page = assemble([top(), child], framed);
    const alt = page.findings.find((finding) => finding.ruleId === 'image-alt')!;
    expect(alt.nodes[0]).toMatchObject({ frame: 1, target: ['#icon-1'], templateSignature: 'div>img' });
    expect(page.rules.find((rule) => rule.ruleId === 'image-alt')!.frames).toEqual([{ frame: 1, outcome: 'failed' }]);
    expect(page.frames.map((frame) => frame.path)).toEqual([[], [0]]);
  });

  it('reports frames that failed and frames not audited, and is partial then', () => {
    const broken = frameRun({ checks: [], error: 'boom', url: 'https://x.example/frame' });
    const page = assemblePageAudit({
      id: 'x',
      journeyId: null,
      startedAt: 0,
      finishedAt: 1,
      dotbogiVersion: '0',
      frames: [top(), { frameId: 4, path: [0], run: broken, chain: null }],
      axe: { slim: AXE, packed: PACKED },
      skipped: [{ url: 'https://ads.example/', reason: 'cross-origin frame without permission', kind: 'no-permission' }],
      errors: [{ frame: 'https://demo.gov.kr/a.html', message: 'axe could not run in this frame: x' }],
    });
    expect(page.status).toBe('partial');
    expect(page.coverage.errors).toEqual([
      { frame: 'https://x.example/frame', message: 'boom' },
      { frame: 'https://demo.gov.kr/a.html', message: 'axe could not run in this frame: x' },
    ]);
    expect(page.coverage.framesSkipped[0]!.kind).toBe('no-permission');
    expect(page.coverage.framesAudited).toBe(1);
  });

  it('gives every finding a confidence: axe violations certain, its reviews need a person, ours as the check says', () => {
    const page = assemble([top()]);
    expect(page.findings.find((finding) => finding.ruleId === 'image-alt')!.confidence).toBe('certain');
    const small = page.findings.find((finding) => finding.ruleId === 'small-text')!;
    expect(small).toMatchObject({ confidence: 'certain', evidence: [{ key: 'share', values: { share: 40 } }] });
  });

  it('derives journey findings from page facts', () => {
    const fields = [{ purpose: 'name', label: '이름', name: 'name', autocomplete: '', type: 'text' }];
    const { findings, rules } = journeyFindings([
      { url: 'a', title: 'a', facts: { help: [], fields } },
      { url: 'b', title: 'b', facts: { help: [], fields } },
    ]);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['redundant-entry']);
    expect(findings[0]!.kwcag).toEqual(['3.3.4']);
    expect(rules.find((rule) => rule.ruleId === 'consistent-help')!.outcome).toBe('inapplicable');
  });
});
