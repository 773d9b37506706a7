import type { WebExtension } from '@/utils/web-extension';
import type { SenderLike } from '@/utils/messaging/serve';
import { EASY_READ_MARKER } from '@/utils/overlay/frame-markers';

/** The easy-read script (Readability and the 쉬운 글 보기 view), injected on demand; see ARCHITECTURE.md. */
export const EASY_READ_SCRIPT = '/content-scripts/easy-read.js';

type Scripting = Pick<WebExtension['scripting'], 'executeScript'>;

/**
 * The overlay in a frame asks for the easy-read script when someone opens 쉬운 글 보기: inject it
 * into that frame unless it runs there already (it keeps no state, but a second copy would only
 * cost time). Resolves once its API is in place.
 */
export async function loadEasyRead(scripting: Scripting, sender: SenderLike): Promise<{ loaded: boolean }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('Only a page can ask for the easy-read view.');
  const target = { tabId, frameIds: [sender.frameId ?? 0] };
  const [probe] = await scripting.executeScript({
    target,
    injectImmediately: true,
    func: (marker: string) => (globalThis as Record<symbol, unknown>)[Symbol.for(marker)] !== undefined,
    args: [EASY_READ_MARKER],
  });
  if (probe?.result === true) return { loaded: true };
  await scripting.executeScript({ target, injectImmediately: true, files: [EASY_READ_SCRIPT] });
  return { loaded: true };
}
