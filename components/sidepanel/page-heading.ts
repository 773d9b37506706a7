import type { WebExtension } from '@/utils/web-extension';

/** Longest default name taken from a page (the store redacts it like every page text). */
const MAX_NAME = 80;

/**
 * What the page in a tab calls itself: its first `<h1>`, else its title — the default name of a
 * journey started there. '' when the tab cannot be read (no permission, a browser page).
 */
export async function pageHeading(scripting: Pick<WebExtension['scripting'], 'executeScript'>, tabId: number): Promise<string> {
  try {
    const [result] = await scripting.executeScript({
      target: { tabId },
      func: () => {
        const text = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
        return text(document.querySelector('h1')?.textContent) || text(document.title);
      },
    });
    return typeof result?.result === 'string' ? result.result.slice(0, MAX_NAME) : '';
  } catch {
    return '';
  }
}
