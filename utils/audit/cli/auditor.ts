import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../browser/extension-browser.ts';
import { browserMemory } from '../../browser/process-memory.ts';
import type { SiteServer } from '../../browser/site-server.ts';
import { packedPageAuditSchema } from '../schema.ts';
import { FRAME_TIMEOUT_MAX_MS } from '../frame-bound.ts';
import { SCHEMA_VERSION, type AuditRunResult, type PageAudit } from '../types.ts';
import { unpackAxeBytes } from './axe-bytes.ts';
import { isPageType, loadFailureKind, type FailureKind } from './failure-kind.ts';
import type { FoundLink } from './crawl/scope.ts';
import type { AuditUnit, PageTarget } from './targets.ts';
import type { WorkSource } from './work.ts';

/** One page's outcome: its audit, or why there is none. */
export type PageOutcome = {
  target: PageTarget;
  unit: AuditUnit;
  /** A journey's step (0-based) and run id; null for a page on its own. */
  step: number | null;
  journeyId: string | null;
} & ({ audit: CliPageAudit; links?: FoundLink[]; error?: undefined } | { audit?: undefined; error: string; kind: FailureKind });

/** A page audit as the CLI holds it: axe's raw results as their JSON bytes, written to the stream as they are. */
export type CliPageAudit = PageAudit<Uint8Array>;

/** A journey as the CLI ran it: its pages' outcomes came before, in step order. */
export interface JourneyRun {
  unit: AuditUnit & { kind: 'journey' };
  id: string;
  tabId: number;
  startedAt: string;
  endedAt: string;
}

/** Checks before a page is loaded (robots.txt, the per-host rate limit) and after (an off-site redirect). */
export interface PageGate {
  /** Resolves when the page may be loaded, or says why it is not audited at all. */
  before(target: PageTarget): Promise<{ kind: FailureKind; reason: string } | null>;
  /** Says why a page that landed at `url` is not audited, or null. */
  after(target: PageTarget, url: string): { kind: FailureKind; reason: string } | null;
}

export interface AuditorOptions {
  extensionDir: string;
  server: SiteServer;
  /** Hosts the server plays; undefined = every request goes to it (--offline). */
  proxyOnlyHosts?: string[];
  concurrency: number;
  timeoutMs: number;
  gate?: PageGate;
  /** Read the links of each audited page (a crawl). */
  collectLinks?: boolean;
  /** A fresh browser after this many pages, or when its processes hold more than `browserMemoryBytes` (PSS). */
  recycleAfter: number;
  browserMemoryBytes: number;
  /** Stops taking new units; those in progress are finished. */
  signal?: AbortSignal;
  /** Called as each page finishes, in completion order; the page counts as done once it resolves (written to disk). */
  onPage(outcome: PageOutcome): Promise<void>;
  /** Called when a journey's steps are all done. */
  onJourney(run: JourneyRun): Promise<void>;
  /** Told when the browser is replaced, and why. */
  onRecycle?(why: string): void;
}

export interface AuditorResult {
  /** True when stopped by the signal before the work ran out. */
  interrupted: boolean;
  /** Settles once the browser is closed: the caller writes its files meanwhile. */
  closed: Promise<void>;
}

type Reply = { ok: true; value: AuditRunResult } | { ok: false; error: { code: string; message: string } };

interface Session {
  browser: ExtensionBrowser;
  controller: Promise<Page>;
  generation: number;
}

/** How often (in pages) the browser's memory is read: /proc is cheap, but not free. */
const MEMORY_EVERY = 5;

/**
 * Audits units with the built extension: one headless Chromium, `concurrency` lanes, each with
 * its own tab that it reuses from unit to unit (opening and finding a new tab per page costs more
 * than the audit of a small page), each page audited by sending `audit:run` from an extension
 * page — exactly what the side panel does, so the CLI runs the extension's own audit code, not a
 * second implementation. A page that cannot be loaded or audited is reported and the others carry
 * on; its lane then continues in a fresh tab, in case the old one is stuck.
 *
 * Memory stays flat however many pages a run has: nothing is kept once `onPage` has written it,
 * and the browser is replaced after `recycleAfter` pages or when it holds too much memory — the
 * lanes finish the pages they have, then wait while a new browser starts, so no page is lost.
 */
export async function auditUnits(source: WorkSource, options: AuditorOptions): Promise<AuditorResult> {
  const launch = async (generation: number): Promise<Session> => {
    const browser = await launchExtensionBrowser({
      server: options.server,
      extensionDir: options.extensionDir,
      callerHandlesSignals: true,
      ...(options.proxyOnlyHosts ? { proxyOnlyHosts: options.proxyOnlyHosts } : {}),
    });
    // Sends the audits and opens the lanes' tabs. Never awaited when there is nothing to audit.
    const controller = browser.openExtensionPage('options.html');
    controller.catch(() => undefined);
    return { browser, controller, generation };
  };

  let session = await launch(0);
  let pagesInSession = 0;
  let recycleWhy: string | null = null;
  let recycling: Promise<void> | null = null;
  let active = 0;
  let fatal: unknown;
  const stopped = () => options.signal?.aborted === true || fatal !== undefined;

  // Lanes with nothing to do wait here until something changes: a page settles (a crawl may have
  // found links), a new browser is ready, or the run is stopped.
  let wake: () => void = () => undefined;
  let changed = new Promise<void>((resolve) => (wake = resolve));
  const notify = () => {
    const resolve = wake;
    changed = new Promise<void>((next) => (wake = next));
    resolve();
  };
  options.signal?.addEventListener('abort', notify);

  const maybeRecycle = () => {
    // Not when the work has run out: a fresh browser nobody uses would only delay the end.
    if (recycleWhy === null || active > 0 || recycling || stopped() || source.exhausted()) return;
    const why = recycleWhy;
    recycling = (async () => {
      options.onRecycle?.(why);
      const old = session;
      await old.browser.close().catch(() => undefined);
      session = await launch(old.generation + 1);
      pagesInSession = 0;
      recycleWhy = null;
    })()
      .catch((error: unknown) => {
        fatal = error;
      })
      .finally(() => {
        recycling = null;
        notify();
      });
  };

  const afterPage = async () => {
    pagesInSession++;
    if (pagesInSession >= options.recycleAfter) recycleWhy ??= `after ${pagesInSession} page${pagesInSession === 1 ? '' : 's'}`;
    else if (pagesInSession % MEMORY_EVERY === 0) {
      const memory = await browserMemory(session.browser.userDataDir);
      if (memory.pssBytes > options.browserMemoryBytes) recycleWhy ??= `its memory reached ${Math.round(memory.pssBytes / 2 ** 20)} MiB`;
    }
  };

  const lane = async () => {
    let tab: { page: Page; tabId: number; generation: number } | undefined;
    const dropTab = async () => {
      await tab?.page.close().catch(() => undefined);
      tab = undefined;
    };
    try {
      for (;;) {
        if (stopped() || (!recycling && source.exhausted())) break;
        if (recycleWhy !== null || recycling) {
          await dropTab();
          maybeRecycle();
          await (recycling ?? changed);
          continue;
        }
        const unit = source.take();
        if (!unit) {
          if (source.exhausted()) break;
          await changed;
          continue;
        }
        active++;
        let links: FoundLink[] | undefined;
        try {
          if (tab && tab.generation !== session.generation) await dropTab();
          const current = session;
          try {
            tab ??= { ...(await openTab(current.browser, await current.controller)), generation: current.generation };
          } catch (error) {
            // No tab, no audit: say so for each of the unit's pages and carry on with the others.
            const reason = `could not open a browser tab: ${loadError(error)}`;
            const steps = unit.kind === 'page' ? [unit.page] : unit.steps;
            const journeyId = unit.kind === 'journey' ? randomUUID() : null;
            for (const [step, target] of steps.entries())
              await options.onPage({ target, unit, step: journeyId ? step : null, journeyId, error: reason, kind: 'browser' });
            if (journeyId) await options.onJourney(journeyRun(unit, journeyId, -1, new Date().toISOString()));
            continue;
          }
          const { page, tabId } = tab;
          let failed = false;
          const audit = async (target: PageTarget, step: number | null, journeyId: string | null) => {
            const outcome = await auditPage(page, tabId, await current.controller, target, options);
            if (outcome.error !== undefined) failed = true;
            else links = outcome.links;
            await options.onPage({ ...outcome, unit, step, journeyId } as PageOutcome);
            await afterPage();
          };
          if (unit.kind === 'page') {
            await audit(unit.page, null, null);
          } else {
            const id = randomUUID();
            const startedAt = new Date().toISOString();
            // Steps run in order in one tab, so cookies and session state carry from step to step.
            for (const [step, target] of unit.steps.entries()) await audit(target, step, id);
            await options.onJourney(journeyRun(unit, id, tabId, startedAt));
          }
          // The tab may be stuck on a page that never loads or never answers: the next unit gets a fresh one.
          if (failed) await dropTab();
        } catch (error) {
          // Writing a result failed (a full disk): stop the run; what was written is kept for --resume.
          fatal ??= error;
        } finally {
          active--;
          source.settle(unit, { links: links?.map((link) => link.href) });
          maybeRecycle();
          notify();
        }
      }
    } finally {
      await dropTab();
    }
  };

  try {
    await Promise.all(Array.from({ length: options.concurrency }, lane));
    await recycling;
  } finally {
    options.signal?.removeEventListener('abort', notify);
  }
  // Closing Chromium takes a moment, and the results are written. Marked handled at once: a
  // failed close must not end the process before the caller, which awaits it, has written.
  const closed = session.browser.close();
  closed.catch(() => undefined);
  if (fatal !== undefined) {
    await closed.catch(() => undefined);
    throw fatal;
  }
  return { interrupted: options.signal?.aborted === true && !source.exhausted(), closed };
}

function journeyRun(unit: AuditUnit, id: string, tabId: number, startedAt: string): JourneyRun {
  return { unit: unit as JourneyRun['unit'], id, tabId, startedAt, endedAt: new Date().toISOString() };
}

type Audited =
  | { target: PageTarget; audit: CliPageAudit; links?: FoundLink[]; error?: undefined }
  | { target: PageTarget; error: string; kind: FailureKind };

async function auditPage(
  page: Page,
  tabId: number,
  controller: Page,
  target: PageTarget,
  { timeoutMs, gate, collectLinks }: Pick<AuditorOptions, 'timeoutMs' | 'gate' | 'collectLinks'>,
): Promise<Audited> {
  const failed = (kind: FailureKind, error: string): Audited => ({ target, kind, error });
  const refused = await gate?.before(target);
  if (refused) return failed(refused.kind, refused.reason);
  try {
    const response = await page.goto(target.url, { waitUntil: 'load', timeout: timeoutMs });
    // Where the page landed comes first: a redirect off the crawled origins is not audited, whatever answered there.
    const away = gate?.after(target, response?.url() ?? page.url());
    if (away) return failed(away.kind, away.reason);
    if (response && response.status() >= 400) {
      return failed('http', `the server answered HTTP ${response.status()}${response.statusText() ? ` ${response.statusText()}` : ''}`);
    }
    const type = response?.headers()['content-type'];
    if (response && !isPageType(type)) return failed('download', `a file to download (${type}), not a web page`);
  } catch (error) {
    const message = loadError(error);
    const kind = loadFailureKind(message);
    return failed(kind, kind === 'download' ? 'a file to download, not a web page' : `could not load the page: ${message}`);
  }
  // The reply crosses from the extension page to Node as JSON text: Playwright's own serialisation
  // of a big object tree (a huge page's axe results) takes many times longer.
  const reply = await withTimeout(
    controller
      .evaluate(
        async (id) => JSON.stringify(await chrome.runtime.sendMessage({ dotbogi: 1, type: 'audit:run', payload: { tabId: id } })),
        tabId,
      )
      .then((text) => JSON.parse(text) as Reply),
    // The background bounds each frame by its size (utils/background/run-audit.ts); this only
    // catches a background that never answers at all.
    Math.max(timeoutMs, FRAME_TIMEOUT_MAX_MS + 60_000),
    'the audit did not finish in time',
  ).catch((error: unknown): Reply => ({
    ok: false,
    error: { code: 'failed', message: error instanceof Error ? error.message : String(error) },
  }));
  if (!reply.ok)
    return failed(loadFailureKind(reply.error.message) === 'browser' ? 'browser' : 'audit', `the audit failed: ${reply.error.message}`);
  // The extension and this CLI are built from the same tree, but a stale or foreign build could
  // answer in another shape: say so rather than write a record that breaks the schema.
  const checked = packedPageAuditSchema.safeParse(reply.value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return failed(
      'audit',
      `the extension answered with something that is not a page audit (schema version ${SCHEMA_VERSION}): ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  let audit: CliPageAudit;
  try {
    const { axe } = checked.data;
    audit = { ...reply.value, axe: axe && unpackAxeBytes(axe) };
  } catch (error) {
    return failed('audit', `axe's results could not be unpacked: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Links as the page shows them now, script-built menus included: only <a href> and <area href>
  // are read, nothing is clicked or submitted.
  const links = collectLinks
    ? await page
        .evaluate(() =>
          [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')].slice(0, 5000).map((link) => ({
            href: link.href,
            download: link.hasAttribute('download'),
          })),
        )
        .catch(() => [])
    : undefined;
  return { target, audit, ...(links ? { links } : {}) };
}

/** Playwright's first line, without its "page.goto:" prefix and call log. */
export function loadError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? text).replace(/^page\.goto:\s*/, '').trim();
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A new tab for a lane, with its browser tab id: the controller page opens it (and so knows its
 * id) at a one-off address, by which Playwright picks up its page. The controller rather than the
 * service worker: Playwright reaches the worker only once its script has run, and the controller
 * is needed anyway.
 */
async function openTab(session: ExtensionBrowser, controller: Page): Promise<{ page: Page; tabId: number }> {
  const url = `about:blank#dotbogi-lane-${randomUUID()}`;
  const [page, tabId] = await Promise.all([
    session.context.waitForEvent('page', { predicate: (page) => page.url() === url, timeout: 30_000 }),
    controller.evaluate(async (address) => (await chrome.tabs.create({ url: address, active: false })).id!, url),
  ]);
  return { page, tabId };
}
