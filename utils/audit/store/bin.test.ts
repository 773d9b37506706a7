import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@/tests/kits/memory-store';
import { samplePageAudit } from '@/tests/kits/sample-audit';
import { createBin, REMEMBER_MS, UNDO_MS } from './bin';
import { redactingStore } from './redacting-store';
import type { AuditStore } from './audit-store';
import { ProblemError } from '../problem';
import { SCHEMA_VERSION, type Journey } from '../types';

const journey: Journey = {
  schemaVersion: SCHEMA_VERSION,
  id: 'j1',
  name: '등본 발급',
  tabId: 3,
  status: 'stopped',
  startedAt: '2026-12-07T03:00:00.000Z',
  endedAt: '2026-12-07T03:05:00.000Z',
  pages: ['p1', 'p2', 'p3'],
  findings: [],
  kwcag: [],
};

async function stored() {
  const store = createMemoryStore();
  await store.putJourney(journey);
  for (const [index, id] of journey.pages.entries())
    await store.putPage(samplePageAudit({ id, journeyId: 'j1', startedAt: `2026-12-07T03:0${index}:00.000Z`, title: `단계 ${index + 1}` }));
  await store.putPage(samplePageAudit({ id: 'one-off', journeyId: null, title: '로그인' }));
  let time = 1_000_000;
  const clock = { now: () => time, pass: (ms: number) => void (time += ms) };
  return { store, clock };
}

const listed = async (store: AuditStore) => ({
  journeys: (await store.listJourneys()).map((entry) => entry.id),
  pages: (await store.listPages()).map((page) => page.id),
});

describe('the bin', () => {
  it('hides a deleted journey and its pages from every list, and ‘되돌리기’ brings back exactly what was there', async () => {
    const { store, clock } = await stored();
    const before = { journey: await store.getJourney('j1'), pages: await store.listPages('j1') };
    const bin = createBin(store, clock.now);
    const entry = await bin.discard({ journeyId: 'j1' });
    expect(entry).toEqual({ id: 'j1', kind: 'journey', name: '등본 발급', pages: 3, until: 1_000_000 + UNDO_MS });
    expect(await listed(store)).toEqual({ journeys: [], pages: ['one-off'] });
    expect(await store.getPage('p2')).toBeUndefined();
    expect(await bin.problem('p2')).toEqual({ kind: 'deleted', id: 'p2', deletedAt: 1_000_000, until: 1_000_000 + UNDO_MS });

    clock.pass(UNDO_MS - 1);
    expect(await bin.restore('j1')).toEqual({ kind: 'journey', name: '등본 발급' });
    expect(await store.getJourney('j1')).toEqual(before.journey);
    expect(await store.listPages('j1')).toEqual(before.pages);
    expect(await bin.undoable()).toEqual([]);
    expect(await store.listBin()).toEqual([]);
  });

  it('outlives the side panel and the service worker: a new bin over the same store offers the undo for the time left', async () => {
    const { store, clock } = await stored();
    await createBin(store, clock.now).discard({ pageId: 'one-off' });
    clock.pass(4_000);
    // As after a restart: nothing but the store is shared.
    const restarted = createBin(store, clock.now);
    expect(await restarted.undoable()).toEqual([{ id: 'one-off', kind: 'page', name: '로그인', pages: 1, until: 1_000_000 + UNDO_MS }]);
    await restarted.restore('one-off');
    expect((await listed(store)).pages).toContain('one-off');
  });

  it('puts a journey’s deleted step back at its place in the journey', async () => {
    const { store, clock } = await stored();
    const bin = createBin(store, clock.now);
    await bin.discard({ pageId: 'p2' });
    expect((await store.getJourney('j1'))!.pages).toEqual(['p1', 'p3']);
    expect((await listed(store)).pages).not.toContain('p2');
    await bin.restore('p2');
    expect((await store.getJourney('j1'))!.pages).toEqual(['p1', 'p2', 'p3']);
    expect((await store.listPages('j1')).map((page) => page.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('after the window the records are gone for good: no undo, no resurrection, and a report can still say they were deleted', async () => {
    const { store, clock } = await stored();
    const bin = createBin(store, clock.now);
    await bin.discard({ journeyId: 'j1' });
    clock.pass(UNDO_MS);
    // A worker that starts after the window lets the records go before anything lists them.
    await createBin(store, clock.now).purge();
    expect(await store.getBinPages(['p1', 'p2', 'p3'])).toEqual([]);
    expect(await bin.undoable()).toEqual([]);
    await expect(bin.restore('j1')).rejects.toThrow(ProblemError);
    expect(await listed(store)).toEqual({ journeys: [], pages: ['one-off'] });
    // Only the fact of the delete is kept, without the journey's name.
    expect(await store.listBin()).toEqual([
      { id: 'j1', kind: 'journey', name: '', deletedAt: 1_000_000, pageIds: ['p1', 'p2', 'p3'], emptied: true },
    ]);
    expect(await bin.problem('j1')).toEqual({ kind: 'deleted', id: 'j1', deletedAt: 1_000_000, until: null });
    expect(await bin.problem('p3')).toEqual({ kind: 'deleted', id: 'p3', deletedAt: 1_000_000, until: null });
    clock.pass(REMEMBER_MS);
    await bin.purge();
    expect(await store.listBin()).toEqual([]);
    expect(await bin.problem('j1')).toEqual({ kind: 'missing', id: 'j1' });
  });

  it('a delete or an undo interrupted before its one commit changes nothing', async () => {
    const { store, clock } = await stored();
    const before = await listed(store);
    // The worker stops while the commit is on its way: the store never receives it.
    const stopped: AuditStore = { ...store, commit: () => Promise.reject(new Error('service worker stopped')) };
    await expect(createBin(stopped, clock.now).discard({ journeyId: 'j1' })).rejects.toThrow('stopped');
    expect(await listed(store)).toEqual(before);
    expect(await store.listBin()).toEqual([]);

    await createBin(store, clock.now).discard({ journeyId: 'j1' });
    await expect(createBin(stopped, clock.now).restore('j1')).rejects.toThrow('stopped');
    expect(await listed(store)).toEqual({ journeys: [], pages: ['one-off'] });
    expect(await createBin(store, clock.now).undoable()).toHaveLength(1);
  });

  it('keeps the same redacted records: nothing personal enters the bin, also through a hand-made batch', async () => {
    const { store, clock } = await stored();
    const redacting = redactingStore(store);
    await redacting.commit({ putBin: [{ id: 'x', kind: 'page', name: '홍길동 010-1234-5678', deletedAt: clock.now(), pageIds: [] }] });
    expect(JSON.stringify(await store.listBin())).not.toContain('010-1234-5678');
    const page = await store.getPage('p1');
    await createBin(redacting, clock.now).discard({ pageId: 'p1' });
    expect(await store.getBinPages(['p1'])).toEqual([page]);
  });

  it('says a record that was never there is missing, and deleting nothing is not an undo', async () => {
    const { store, clock } = await stored();
    const bin = createBin(store, clock.now);
    expect(await bin.discard({ pageId: 'nope' })).toBeNull();
    expect(await bin.problem('nope')).toEqual({ kind: 'missing', id: 'nope' });
    await expect(bin.restore('nope')).rejects.toMatchObject({ problem: { kind: 'missing', id: 'nope' } });
  });
});
