import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@/tests/kits/memory-store';
import { exportAudits, importAudits } from './transfer';
import { ensureRoom, ROOM_FOR_ANY_RECORD } from './idb-store';
import { StorageFullError } from './audit-store';
import { samplePageAudit } from '@/tests/kits/sample-audit';
import { isPackedAxe } from '../packed-axe';
import { SCHEMA_VERSION, type Journey } from '../types';

const journey: Journey = {
  schemaVersion: SCHEMA_VERSION,
  id: 'j1',
  name: '등본',
  tabId: 3,
  status: 'recording',
  startedAt: '2026-11-27T03:00:00.000Z',
  endedAt: null,
  pages: ['p1'],
  findings: [],
  kwcag: [],
};

describe('export and import', () => {
  it('round-trips a journey and its pages through the export file', async () => {
    const source = createMemoryStore();
    await source.putJourney(journey);
    await source.putPage(samplePageAudit({ id: 'p1', journeyId: 'j1' }));
    await source.putPage(samplePageAudit({ id: 'p2' }));
    const file = await exportAudits(source, { journeyId: 'j1' });
    expect(file.pages.map((page) => page.id)).toEqual(['p1']);

    const target = createMemoryStore();
    expect(await importAudits(target, JSON.parse(JSON.stringify(file)))).toEqual({ journeys: 1, pages: 1 });
    // Stored as the extension keeps audits (axe's raw results packed), and exported unpacked again.
    const stored = (await target.getPage('p1'))!;
    expect(isPackedAxe(stored.axe)).toBe(true);
    expect((await exportAudits(target, { journeyId: 'j1' })).pages).toEqual(file.pages);
    // An imported journey is a record, not a live recording.
    expect((await target.getJourney('j1'))!.status).toBe('stopped');
  });

  it('rejects files that are not Dotbogi audits, and redacts snippets on the way in', async () => {
    const store = createMemoryStore();
    await expect(importAudits(store, { hello: 1 })).rejects.toThrow(/Not a Dotbogi audit file/);
    const page = samplePageAudit({ id: 'p9' });
    page.findings[0]!.nodes[0]!.snippet = '<input value="900101-1234567">';
    await importAudits(store, {
      format: 'dotbogi-audits',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: page.finishedAt,
      journeys: [],
      pages: [page],
    });
    expect((await store.getPage('p9'))!.findings[0]!.nodes[0]!.snippet).not.toContain('1234567');
  });
});

describe('quota', () => {
  it('refuses a write that would not fit, with a clear message', async () => {
    const full = { estimate: async () => ({ usage: 999_000, quota: 1_000_000 }) };
    await expect(ensureRoom(full, samplePageAudit())).rejects.toBeInstanceOf(StorageFullError);
    await expect(ensureRoom(full, samplePageAudit())).rejects.toThrow(/Earlier audits are kept/);
    await expect(ensureRoom({ estimate: async () => ({ usage: 0, quota: 1e9 }) }, samplePageAudit())).resolves.toBeUndefined();
    // Little room left, but enough for this record: measured, and allowed.
    const tight = { estimate: async () => ({ usage: 0, quota: ROOM_FOR_ANY_RECORD }) };
    await expect(ensureRoom(tight, samplePageAudit())).resolves.toBeUndefined();
  });

  it('does not measure a record when there is more room than any record can take', async () => {
    const roomy = { estimate: async () => ({ usage: 0, quota: ROOM_FOR_ANY_RECORD * 4 }) };
    const unmeasurable = {
      toJSON: () => {
        throw new Error('measured');
      },
    };
    await expect(ensureRoom(roomy, unmeasurable)).resolves.toBeUndefined();
  });
});
