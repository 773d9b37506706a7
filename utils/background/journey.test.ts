import { describe, expect, it } from 'vitest';
import { createJourneys, type JourneyDeps } from './journey';
import { createMemoryStore } from '@/tests/kits/memory-store';
import { samplePageAudit } from '@/tests/kits/sample-audit';
import type { AuditRuntime } from '@/utils/storage/items';

function setup(tabs: Record<number, string>) {
  const store = createMemoryStore();
  let runtime: AuditRuntime = { active: null, inFlight: null };
  let clock = 1_000;
  let ids = 0;
  const audited: string[] = [];
  const deps: JourneyDeps = {
    store,
    audit: async (tabId, { id, journeyId }) => {
      audited.push(tabs[tabId]!);
      return samplePageAudit({ id, journeyId, url: tabs[tabId]!, startedAt: new Date(clock++).toISOString() });
    },
    runtime: { get: async () => runtime, set: async (value) => void (runtime = value) },
    tabUrl: async (tabId) => tabs[tabId],
    now: () => (clock += 10),
    newId: () => `id-${++ids}`,
  };
  return { deps, store, audited, runtime: () => runtime, setRuntime: (value: AuditRuntime) => (runtime = value) };
}

describe('journeys', () => {
  it('records the start page and every later page of its tab, in order', async () => {
    const tabs: Record<number, string> = { 7: 'https://demo.gov.kr/apply.html', 8: 'https://other.example/' };
    const { deps, store } = setup(tabs);
    const journeys = createJourneys(deps);
    const journey = await journeys.start({ tabId: 7, name: '등본' });
    expect(journey.pages).toHaveLength(1);
    tabs[7] = 'https://demo.gov.kr/confirm.html';
    await journeys.pageChanged(7, tabs[7]);
    await journeys.pageChanged(7, tabs[7]); // the same load reported twice
    await journeys.pageChanged(8, tabs[8]!); // another tab
    await journeys.idle();
    const stopped = (await journeys.stop())!;
    expect(stopped.status).toBe('stopped');
    expect(stopped.endedAt).not.toBeNull();
    const urls = await Promise.all(stopped.pages.map(async (id) => (await store.getPage(id))!.url));
    expect(urls).toEqual(['https://demo.gov.kr/apply.html', 'https://demo.gov.kr/confirm.html']);
    expect(stopped.kwcag).toHaveLength(33);
    expect((await journeys.status()).journey).toBeNull();
  });

  it('survives a worker restart: a new instance continues the recording journey from storage', async () => {
    const tabs: Record<number, string> = { 7: 'https://demo.gov.kr/apply.html' };
    const { deps } = setup(tabs);
    const first = createJourneys(deps);
    await first.start({ tabId: 7, name: '등본' });
    const second = createJourneys(deps); // the worker restarted: no memory, same storage
    tabs[7] = 'https://demo.gov.kr/confirm.html';
    await second.pageChanged(7, tabs[7]);
    await second.idle();
    expect((await second.status()).journey!.pages).toHaveLength(2);
  });

  it('re-runs an audit that was in flight when the worker died, or records it as interrupted', async () => {
    const tabs: Record<number, string> = { 7: 'https://demo.gov.kr/apply.html' };
    const { deps, store, runtime, setRuntime } = setup(tabs);
    const journeys = createJourneys(deps);
    const journey = await journeys.start({ tabId: 7, name: '등본' });
    setRuntime({ ...runtime(), inFlight: { id: 'lost-1', journeyId: journey.id, tabId: 7, url: tabs[7]!, startedAt: 5 } });
    await createJourneys(deps).recover();
    await journeys.idle();
    expect((await store.getJourney(journey.id))!.pages).toHaveLength(2);

    setRuntime({
      ...runtime(),
      inFlight: { id: 'lost-2', journeyId: journey.id, tabId: 7, url: 'https://demo.gov.kr/gone.html', startedAt: 5 },
    });
    const after = createJourneys(deps);
    await after.recover();
    const pages = (await store.getJourney(journey.id))!.pages;
    expect(pages.at(-1)).toBe('lost-2');
    expect((await store.getPage('lost-2'))!.status).toBe('interrupted');
    expect(runtime().inFlight).toBeNull();
  });

  it('continues a recording journey in a new tab after a browser restart', async () => {
    const tabs: Record<number, string> = { 7: 'https://demo.gov.kr/apply.html' };
    const { deps } = setup(tabs);
    const journey = await createJourneys(deps).start({ tabId: 7, name: '등본' });
    delete tabs[7];
    tabs[21] = 'https://demo.gov.kr/confirm.html';
    const restarted = createJourneys(deps);
    expect(await restarted.status()).toMatchObject({ tabOpen: false, journey: { id: journey.id } });
    const continued = await restarted.start({ tabId: 21, name: 'ignored' });
    expect(continued).toMatchObject({ id: journey.id, tabId: 21, name: '등본' });
    expect(continued.pages).toHaveLength(2);
  });
});
