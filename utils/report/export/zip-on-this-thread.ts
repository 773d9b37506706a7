/**
 * fflate as the extension's pages need it. write-excel-file zips with fflate's async `zip`, which
 * starts Web Workers from blob: URLs for large files — a script source that the extension pages'
 * CSP (script-src 'self') rightly forbids, so the workbook download would fail. wxt.config.ts
 * points `fflate` here for the extension's bundle: the same API, with `zip` done on this thread
 * (only when "Excel" is pressed; the CLI, in Node, keeps fflate's own worker threads).
 */
import { zipSync, type AsyncZipOptions, type AsyncZippable, type FlateCallback, type FlateError, type Zippable } from 'fflate/browser';

export * from 'fflate/browser';

export function zip(data: AsyncZippable, options: AsyncZipOptions | FlateCallback, callback?: FlateCallback): () => void {
  const done = (typeof options === 'function' ? options : callback)!;
  const settings = typeof options === 'function' ? {} : options;
  let cancelled = false;
  // Asynchronous like fflate's own: the callback never runs before zip() returns.
  queueMicrotask(() => {
    if (cancelled) return;
    let archive: Parameters<FlateCallback>[1];
    try {
      archive = zipSync(data as Zippable, settings) as typeof archive;
    } catch (error) {
      done(error as FlateError, null as unknown as typeof archive);
      return;
    }
    done(null, archive);
  });
  return () => {
    cancelled = true;
  };
}
