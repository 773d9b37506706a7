import { describe, expect, it, vi } from 'vitest';
import { frictionSignalsItem, guideProgressItem } from '@/utils/storage/items';
import { startProgress } from '@/utils/guides/runner';
import type { Guide } from '@/utils/guides/schema';
import copyGuide from '@/utils/guides/data/resident-copy.json';
import { addFriction, captureInTab, listGuides, saveProgress, updateFriction } from './guides';

describe('background: guides', () => {
  it('lists the guides that apply to a page, and none elsewhere', () => {
    const ids = listGuides('http://demo.gov.kr/after/index.html').guides.map((guide) => guide.id);
    expect(ids).toEqual(expect.arrayContaining(['resident-copy', 'move-in', 'family', 'foreigner', 'resident-abstract']));
    expect(listGuides('https://example.org/').guides).toEqual([]);
    expect(listGuides('not a url').guides).toEqual([]);
  });

  it('stores progress for known guides and steps only', async () => {
    const progress = startProgress(copyGuide as Guide, 1, 'run');
    await saveProgress(progress);
    expect(await guideProgressItem.getValue()).toEqual(progress);
    await expect(saveProgress({ ...progress, stepId: 'nope' })).rejects.toThrow('no step "nope"');
    await saveProgress(null);
    expect(await guideProgressItem.getValue()).toBeNull();
  });

  it('records friction only after the user opted in, and deletes it on request', async () => {
    const event = { runId: 'r', guideId: 'resident-copy', stepId: 'name', kind: 'stuck' as const };
    expect(await addFriction(event)).toEqual({ recorded: false });
    expect((await frictionSignalsItem.getValue()).runs).toEqual([]);
    await updateFriction({ enabled: true });
    expect(await addFriction(event)).toEqual({ recorded: true });
    expect((await frictionSignalsItem.getValue()).runs).toHaveLength(1);
    expect(await updateFriction({ clear: true })).toEqual({ enabled: true, runs: [] });
  });

  it('relays a capture request to the tab’s top frame', async () => {
    const sendMessage = vi.fn(async () => ({ tag: 'button', name: '신청하기' }));
    const scripting = { executeScript: vi.fn(async () => [{ result: 'app' }]) };
    const apis = { tabs: { sendMessage }, scripting } as unknown as Parameters<typeof captureInTab>[0];
    expect(await captureInTab(apis, 7)).toEqual({ tag: 'button', name: '신청하기' });
    expect(sendMessage).toHaveBeenCalledWith(7, { dotbogi: 1, type: 'guide:capture', payload: {} }, { frameId: 0 });
  });
});
