import type { WebExtension } from '@/utils/web-extension';
import type { ReadNamespace } from '@/utils/i18n/resources';
import { localeFilePath } from '@/utils/i18n/packaged-locale';

export type Runtime = Pick<WebExtension['runtime'], 'getURL'>;

/**
 * Reads a JSON file packaged with the extension (modules/packaged-data.ts puts them there), or
 * undefined when the package has no such file. The extension's own file, never the network.
 * A file that is there but broken throws: it is ours, and a build that ships it must fail loudly.
 */
export async function readPackagedJson<T>(
  runtime: Runtime,
  path: string,
  // eslint-disable-next-line no-restricted-globals -- reads the extension's own package, not the network
  fetchFile: typeof fetch = fetch,
): Promise<T | undefined> {
  let response: Response;
  try {
    response = await fetchFile(runtime.getURL(path as '/'));
  } catch {
    // Chromium rejects a request for a file the package does not have.
    return undefined;
  }
  if (!response.ok) return undefined;
  try {
    return (await response.json()) as T;
  } catch (error) {
    throw new Error(`The extension's file ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The locale files as the background reads them, one at a time. Bundled, every language made the
 * worker's script 1.4 MB, and Chromium compiles the whole script before the worker can answer: on
 * a fresh profile the worker was ready 1 s after the browser started instead of 0.4 s.
 */
export function packagedLocales(runtime: Runtime): ReadNamespace {
  return (language, namespace) => readPackagedJson<Record<string, unknown>>(runtime, localeFilePath(language, namespace));
}
