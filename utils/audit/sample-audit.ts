import type { AxeResults } from 'axe-core';
import { SCHEMA_VERSION, type PageAudit } from './types';

/**
 * A small, valid page audit (one image without a text alternative): the translator studio's
 * preview draws its report card from it, and tests/kits/sample-audit.ts starts from it.
 */
export function samplePageAudit(): PageAudit {
  const axe = {
    testEngine: { name: 'axe-core', version: '4.14.1' },
    testRunner: { name: 'axe' },
    testEnvironment: { userAgent: 'test', windowWidth: 1280, windowHeight: 900 },
    toolOptions: { iframes: true },
    url: 'https://demo.gov.kr/before/index.html',
    timestamp: '2026-11-27T03:00:00.000Z',
    violations: [
      { id: 'image-alt', impact: 'critical', tags: ['wcag2a', 'wcag111'], description: 'd', help: 'h', helpUrl: 'u', nodes: [] },
    ],
    passes: [],
    incomplete: [],
    inapplicable: [],
  } as unknown as AxeResults;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'audit-1',
    journeyId: null,
    url: 'https://demo.gov.kr/before/index.html',
    title: '정부24',
    startedAt: '2026-11-27T03:00:00.000Z',
    finishedAt: '2026-11-27T03:00:01.000Z',
    durationMs: 1000,
    status: 'complete',
    engines: { axeCore: '4.14.1', dotbogi: '0.1.0', locale: 'ko' },
    viewport: { width: 1280, height: 900, devicePixelRatio: 1, kind: 'desktop' },
    axe,
    frames: [{ frameId: 0, url: 'https://demo.gov.kr/before/index.html', title: '정부24', path: [], error: null }],
    rules: [
      {
        ruleId: 'image-alt',
        source: 'axe',
        outcome: 'failed',
        kwcag: ['1.1.1'],
        wcag: ['1.1.1'],
        frames: [{ frame: 0, outcome: 'failed' }],
      },
    ],
    findings: [
      {
        id: '0a1b2c3d',
        ruleId: 'image-alt',
        source: 'axe',
        outcome: 'failed',
        kwcag: ['1.1.1'],
        wcag: ['1.1.1'],
        personas: ['screen-reader'],
        severity: 'critical',
        confidence: 'certain',
        evidence: [],
        nodes: [{ target: ['img'], frame: 0, snippet: '<img src="a.png">', message: 'm', templateSignature: 'body>img' }],
      },
    ],
    kwcag: [{ item: '1.1.1', clause: '5.1.1', status: 'fail', rules: ['image-alt'] }],
    coverage: { framesAudited: 1, framesSkipped: [], errors: [], manualOnly: ['1.3.2'] },
    facts: { help: [], fields: [] },
  };
}
