/**
 * Background side of guides: lists the guides that apply to a page, stores progress and
 * friction signals (the background is the only writer), and relays the recorder's capture and
 * test requests to a tab's overlay.
 */
import type { WebExtension } from '@/utils/web-extension';
import type { RequestOf, TabReplyOf } from '@/utils/messaging/protocol';
import type { GuideListing } from '@/utils/messaging/replies';
import { sendToTab } from '@/utils/messaging/to-tab';
import { frictionSignalsItem, guideProgressItem } from '@/utils/storage/items';
import { buildRegistry, type GuideRegistry } from '@/utils/guides/registry';
import { guideAppliesTo } from '@/utils/guides/page-condition';
import { stepIndex, type GuideProgress } from '@/utils/guides/runner';
import { recordFriction, type FrictionStore } from '@/utils/guides/friction';
import { frictionSignals } from '@/utils/report/friction-signals';
import { ensureOverlayApp } from './overlay-app';
import type { FrictionSignal } from '@/utils/report/types';
import type { Fingerprint } from '@/utils/guides/schema';

let registry: GuideRegistry | null = null;
function guides(): GuideRegistry {
  if (!registry) {
    registry = buildRegistry();
    for (const { file, problems } of registry.rejected) {
      console.warn(`Dotbogi: guide ${file} was rejected:`, problems.map((problem) => `${problem.path}: ${problem.reason}`).join('; '));
    }
  }
  return registry;
}

export function listGuides(url: string): GuideListing {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { guides: [], rejected: guides().rejected };
  }
  return { guides: guides().guides.filter((guide) => guideAppliesTo(guide, parsed)), rejected: guides().rejected };
}

export async function saveProgress(progress: GuideProgress | null): Promise<GuideProgress | null> {
  if (progress) {
    const guide = guides().guides.find((candidate) => candidate.id === progress.guideId);
    if (!guide) throw new Error(`There is no guide "${progress.guideId}".`);
    if (stepIndex(guide, progress.stepId) < 0) throw new Error(`Guide "${guide.id}" has no step "${progress.stepId}".`);
  }
  await guideProgressItem.setValue(progress);
  return progress;
}

export async function addFriction(event: RequestOf<'guide:friction'>): Promise<{ recorded: boolean }> {
  const store = await frictionSignalsItem.getValue();
  if (!store.enabled) return { recorded: false };
  await frictionSignalsItem.setValue(recordFriction(store, event, Date.now()));
  return { recorded: true };
}

/** Friction runs as report signals (utils/report/friction-signals.ts); none unless the user opted in. */
export async function reportFrictionSignals(): Promise<FrictionSignal[]> {
  return frictionSignals((await frictionSignalsItem.getValue()).runs, guides().guides);
}

export async function updateFriction({ enabled, clear }: RequestOf<'friction:update'>): Promise<FrictionStore> {
  const store = await frictionSignalsItem.getValue();
  const next: FrictionStore = { enabled: enabled ?? store.enabled, runs: clear ? [] : store.runs };
  await frictionSignalsItem.setValue(next);
  return next;
}

type RecorderApis = Pick<WebExtension, 'tabs' | 'scripting'>;

/** Asks the tab's overlay (top frame, injected if only the boot runs) to capture the next clicked element's fingerprint. */
export async function captureInTab({ tabs, scripting }: RecorderApis, tabId: number): Promise<Fingerprint | null> {
  await ensureOverlayApp(scripting, tabId, 0, { overBootOnly: true });
  return sendToTab(tabs, tabId, 'guide:capture', {}, { frameId: 0 });
}

/** How confidently the fingerprint matches in the tab's top frame now. */
export async function testInTab(
  { tabs, scripting }: RecorderApis,
  tabId: number,
  fingerprint: Fingerprint,
): Promise<TabReplyOf<'guide:test'>> {
  await ensureOverlayApp(scripting, tabId, 0, { overBootOnly: true });
  const result = await sendToTab(tabs, tabId, 'guide:test', { fingerprint }, { frameId: 0 }).catch(() => undefined);
  if (!result) throw new Error('The page did not answer: is Dotbogi on for it?');
  return result;
}
