import { describe, expect, it } from 'vitest';
import type { AxeResults } from 'axe-core';
import { migrateExportFile, migrateJourney, migratePageAudit } from './migrate';
import { isPackedAxe, packAxe, unpackAxe } from './packed-axe';
import { auditExportSchema, pageAuditSchema } from './schema';
import { samplePageAudit } from '@/tests/kits/sample-audit';
import { createMemoryStore } from '@/tests/kits/memory-store';
import { importAudits } from './store/transfer';
import { readOutput } from './cli/merge';
import { SCHEMA_VERSION } from './types';
import { problemOf } from './problem';
import { problemText } from '@/utils/report/problem-text';
import { reportTranslator } from '@/tests/kits/report/i18n';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const frameAxe = (rule: string, bucket: 'violations' | 'passes', target: string) =>
  ({
    testEngine: { name: 'axe-core', version: '4.14.1' },
    url: 'https://demo.gov.kr/',
    timestamp: '2026-11-27T03:00:00.000Z',
    violations: bucket === 'violations' ? [{ id: rule, tags: [], nodes: [{ target: [target], html: '<x>' }] }] : [],
    passes: bucket === 'passes' ? [{ id: rule, tags: [], nodes: [{ target: [target], html: '<x>' }] }] : [],
    incomplete: [],
    inapplicable: [{ id: 'video-caption', tags: [], nodes: [] }, ...(bucket === 'passes' ? [] : [{ id: 'bypass', tags: [], nodes: [] }])],
  }) as unknown as AxeResults;

/** A page audit as Dotbogi stored and exported it under schema 1: axe's results per frame. */
function version1Page(frames: { frameId: number; axe: unknown }[]) {
  const { axe: _axe, ...page } = samplePageAudit();
  return {
    ...page,
    schemaVersion: 1,
    frames: frames.map(({ frameId, axe }) => ({ frameId, url: `https://demo.gov.kr/${frameId}`, title: 't', axe, error: null })),
    findings: page.findings.map(({ confidence: _c, evidence: _e, ...finding }) => finding),
    coverage: { ...page.coverage, framesSkipped: [{ url: 'https://ads.example/', reason: 'cross-origin frame without permission' }] },
  };
}

describe('migrating schema 1 audits', () => {
  it('makes one page-wide axe result of the frames’ results, and says they were per frame', async () => {
    const page = version1Page([
      { frameId: 0, axe: await packAxe(frameAxe('duplicate-id', 'passes', '#a')) },
      { frameId: 3, axe: await packAxe(frameAxe('duplicate-id', 'violations', '#a')) },
    ]);
    const migrated = (await migratePageAudit(page, true)) as ReturnType<typeof samplePageAudit>;
    expect(migrated.schemaVersion).toBe(2);
    expect(isPackedAxe(migrated.axe)).toBe(true);
    const axe = await unpackAxe(migrated.axe as never);
    expect(axe.violations.map((rule) => rule.id)).toEqual(['duplicate-id']);
    expect(axe.passes.map((rule) => rule.id)).toEqual(['duplicate-id']);
    // bypass was inapplicable in one frame only and never ran: still inapplicable; nothing ran that is listed as such.
    expect(axe.inapplicable.map((rule) => rule.id).sort()).toEqual(['bypass', 'video-caption']);
    expect(migrated.frames).toEqual([
      { frameId: 0, url: 'https://demo.gov.kr/0', title: 't', path: [], error: null },
      { frameId: 3, url: 'https://demo.gov.kr/3', title: 't', path: null, error: null },
    ]);
    // The report says in the reader's language that page-wide rules may show results from inside frames.
    expect(migrated.coverage.frameByFrame).toBe(true);
    expect(migrated.coverage.framesSkipped[0]!.kind).toBe('no-permission');
    expect(migrated.findings[0]).toMatchObject({ confidence: 'certain', evidence: [] });
  });

  it('keeps a single frame’s packed results as they are', async () => {
    const packed = await packAxe(frameAxe('image-alt', 'violations', 'img'));
    const migrated = (await migratePageAudit(version1Page([{ frameId: 0, axe: packed }]), true)) as {
      axe: unknown;
      coverage: { frameByFrame?: true };
    };
    expect(migrated.axe).toBe(packed);
    expect(migrated.coverage.frameByFrame).toBeUndefined();
  });

  it('gives journey findings a confidence from their outcome', () => {
    const journey = migrateJourney({
      schemaVersion: 1,
      id: 'j',
      findings: [
        { id: 'f', source: 'dotbogi', outcome: 'failed' },
        { id: 'g', source: 'dotbogi', outcome: 'needs-review' },
      ],
    }) as { schemaVersion: number; findings: { confidence: string }[] };
    expect(journey.schemaVersion).toBe(2);
    expect(journey.findings.map((finding) => finding.confidence)).toEqual(['likely', 'needs-person']);
  });

  it('imports a schema 1 export file: valid under schema 2 once migrated', async () => {
    const file = {
      format: 'dotbogi-audits',
      schemaVersion: 1,
      exportedAt: '2026-11-27T03:00:00.000Z',
      journeys: [],
      pages: [version1Page([{ frameId: 0, axe: frameAxe('image-alt', 'violations', 'img') }])],
    };
    const migrated = await migrateExportFile(file);
    expect(auditExportSchema.safeParse(migrated).success).toBe(true);
    const store = createMemoryStore();
    expect(await importAudits(store, file)).toEqual({ journeys: 0, pages: 1 });
    const stored = (await store.getPage('audit-1'))!;
    expect(isPackedAxe(stored.axe)).toBe(true);
    expect(pageAuditSchema.safeParse({ ...stored, axe: await unpackAxe(stored.axe!) }).success).toBe(true);
  });

  it('refuses a damaged schema 1 file with a clear message', async () => {
    const page = {
      ...version1Page([]),
      frames: [
        { frameId: 0, axe: { violations: 'not a list' } },
        { frameId: 1, axe: { passes: 3 } },
      ],
    };
    await expect(
      importAudits(createMemoryStore(), { format: 'dotbogi-audits', schemaVersion: 1, exportedAt: 'x', journeys: [], pages: [page] }),
    ).rejects.toThrow(/Not a Dotbogi audit file/);
  });
});

describe('an audit file of a version this Dotbogi cannot read', () => {
  const file = (schemaVersion: number) => ({ format: 'dotbogi-audits', schemaVersion, exportedAt: 'x', journeys: [], pages: [] });

  it('is refused on import with its version and the versions read, as data the side panel words in the reader’s language', async () => {
    await expect(importAudits(createMemoryStore(), file(0))).rejects.toMatchObject({
      problem: { kind: 'schema', version: 0, reads: SCHEMA_VERSION, oldest: 1 },
      message: `written with audit schema version 0; this Dotbogi reads version ${SCHEMA_VERSION} and migrates version 1 (audit those pages again)`,
    });
    const newer = await importAudits(createMemoryStore(), file(SCHEMA_VERSION + 1)).catch((error: unknown) => error);
    expect(problemText(reportTranslator('ko'), problemOf(newer)!, 'ko')).toBe(
      `더 새로운 돋보기가 만든 기록이라 읽을 수 없습니다. 돋보기를 업데이트해 주세요 (기록 형식 버전 ${SCHEMA_VERSION + 1}, 이 돋보기는 버전 ${SCHEMA_VERSION}까지 읽습니다).`,
    );
    expect(
      problemText(
        reportTranslator('ko'),
        problemOf(await importAudits(createMemoryStore(), file(0)).catch((error: unknown) => error))!,
        'ko',
      ),
    ).toBe(
      `너무 오래된 돋보기가 만든 기록이라 읽을 수 없습니다. 그 페이지를 다시 검사해 주세요 (기록 형식 버전 0, 이 돋보기는 버전 1부터 ${SCHEMA_VERSION}까지 읽습니다).`,
    );
  });

  it('as a CLI baseline folder: schema 1 is migrated, another version refused by name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dotbogi-baseline-'));
    try {
      const run = { format: 'dotbogi-audit-run', failures: [], labels: {} };
      await writeFile(join(dir, 'run.json'), JSON.stringify(run));
      const old = {
        ...file(1),
        exportedAt: '2026-11-27T03:00:00.000Z',
        pages: [version1Page([{ frameId: 0, axe: frameAxe('image-alt', 'violations', 'img') }])],
      };
      await writeFile(join(dir, 'audit.json'), JSON.stringify(old));
      const { audits } = await readOutput(dir);
      expect(audits.schemaVersion).toBe(SCHEMA_VERSION);
      expect(audits.pages[0]!.findings.length).toBeGreaterThan(0);
      await writeFile(join(dir, 'audit.json'), JSON.stringify(file(7)));
      await expect(readOutput(dir)).rejects.toThrow(/audit\.json was written with audit schema version 7; this Dotbogi reads version \d+/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
