import type { WebExtension } from '@/utils/web-extension';

export const WELCOME_PAGE = '/welcome.html';

type Tabs = Pick<WebExtension['tabs'], 'create'>;
type Runtime = Pick<WebExtension['runtime'], 'getURL'>;

/** Opens the first-run welcome (large text, the fake-site question). */
export async function openWelcome(tabs: Tabs, runtime: Runtime): Promise<{ opened: true }> {
  await tabs.create({ url: runtime.getURL(WELCOME_PAGE) });
  return { opened: true };
}

/**
 * The welcome opens once, on a fresh install, in builds people install. The e2e and cli builds
 * are driven by automation (which opens the page itself when it tests it), so a stray tab there
 * would only disturb what they measure.
 */
export function shouldOpenWelcome(reason: string, mode: string): boolean {
  return reason === 'install' && mode !== 'e2e' && mode !== 'cli';
}
