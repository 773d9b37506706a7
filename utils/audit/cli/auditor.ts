import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../browser/extension-browser.ts';
import { startSiteServer } from '../../browser/site-server.ts';
import { pageAuditSchema } from '../schema.ts';
import { FRAME_TIMEOUT_MAX_MS } from '../frame-bound.ts';
import { SCHEMA_VERSION, type AuditRunResult, type PageAudit } from '../types.ts';
import { unpackPageAudit } from '../packed-axe.ts';
import type { AuditUnit, LocalSite, PageTarget } from './targets.ts';

/** One page's outcome: its audit, or why there is none. */
export type PageOutcome =
  | { target: PageTarget; unit: number; journeyId: string | null; audit: PageAudit; error?: undefined }
  | { target: PageTarget; unit: number; journeyId: string | null; audit?: undefined; error: string };

/** A journey as the CLI ran it: its pages' outcomes are in `pages`, in step order. */
export interface JourneyRun {
  id: string;
  unit: number;
  name: string;
  label?: string;
  tabId: number;
  startedAt: string;
  endedAt: string;
}

export interface AuditorOptions {
  extensionDir: string;
  /** Served from local folders: the demo site, local files. */
  sites: LocalSite[];
  /** Every request to the local site server (nothing leaves the machine); otherwise only the sites' hosts. */
  offline: boolean;
  concurrency: number;
  timeoutMs: number;
  /** Language of the rule texts, where axe ships it. */
  language: string;
  /** Called as each page finishes, in completion order. */
  onPage?: (outcome: PageOutcome) => void;
}

export interface AuditorResult {
  pages: PageOutcome[];
  journeys: JourneyRun[];
  /** Settles once the browser and the site server are closed: the caller writes its files meanwhile. */
  closed: Promise<void>;
}

type Reply = { ok: true; value: AuditRunResult } | { ok: false; error: { code: string; message: string } };

/**
 * Audits units with the built extension: one headless Chromium, `concurrency` lanes, each with
 * its own tab that it reuses from unit to unit (opening and finding a new tab per page costs more
 * than the audit of a small page), each page audited by sending `audit:run` from an extension
 * page — exactly what the side panel does, so the CLI runs the extension's own audit code, not a
 * second implementation. A page that cannot be loaded or audited is reported and the others carry
 * on; its lane then continues in a fresh tab, in case the old one is stuck.
 */
export async function auditUnits(units: readonly AuditUnit[], options: AuditorOptions): Promise<AuditorResult> {
  const server = await startSiteServer({ hosts: Object.fromEntries(options.sites.map(({ host, folder }) => [host, folder])) });
  let session: ExtensionBrowser | undefined;
  const close = async () => {
    await session?.close();
    await server.close();
  };
  try {
    const browser = await launchExtensionBrowser({
      server,
      extensionDir: options.extensionDir,
      ...(options.offline ? {} : { proxyOnlyHosts: options.sites.map(({ host }) => host) }),
    });
    session = browser;
    // Sends the audits and opens the lanes' tabs. Never awaited when there is nothing to audit.
    const controller = browser.openExtensionPage('options.html');
    controller.catch(() => undefined);
    const pages: PageOutcome[] = [];
    const journeys: JourneyRun[] = [];
    const record = (outcome: PageOutcome) => {
      pages.push(outcome);
      options.onPage?.(outcome);
    };

    let next = 0;
    const lane = async () => {
      let tab: { page: Page; tabId: number } | undefined;
      try {
        while (next < units.length) {
          const index = next++;
          const unit = units[index]!;
          try {
            tab ??= await openTab(browser, await controller);
          } catch (error) {
            // No tab, no audit: say so for each of the unit's pages and carry on with the others.
            const reason = `could not open a browser tab: ${loadError(error)}`;
            for (const target of unit.kind === 'page' ? [unit.page] : unit.steps)
              record({ target, unit: index, journeyId: null, error: reason });
            continue;
          }
          const { page, tabId } = tab;
          const outcomes: PageOutcome[] = [];
          const audit = async (target: PageTarget, journeyId: string | null) => {
            const outcome = await auditPage(page, tabId, await controller, target, index, journeyId, options);
            outcomes.push(outcome);
            record(outcome);
          };
          if (unit.kind === 'page') {
            await audit(unit.page, null);
          } else {
            const id = randomUUID();
            const startedAt = new Date().toISOString();
            // Steps run in order in one tab, so cookies and session state carry from step to step.
            for (const step of unit.steps) await audit(step, id);
            journeys.push({ id, unit: index, name: unit.name, label: unit.label, tabId, startedAt, endedAt: new Date().toISOString() });
          }
          if (outcomes.some((outcome) => outcome.error !== undefined)) {
            // The tab may be stuck on a page that never loads or never answers: the next unit gets a fresh one.
            await page.close().catch(() => undefined);
            tab = undefined;
          }
        }
      } finally {
        await tab?.page.close().catch(() => undefined);
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, units.length) }, lane));

    // Completion order depends on timing; the record follows the order the targets were given.
    const order = units.flatMap((unit, index) =>
      unit.kind === 'page' ? [[index, unit.page]] : unit.steps.map((step) => [index, step]),
    ) as [number, PageTarget][];
    const sorted = order.map(([unit, target]) => pages.find((outcome) => outcome.unit === unit && outcome.target === target)!);
    journeys.sort((a, b) => a.unit - b.unit);
    // Closing Chromium takes a moment, and the results are ready now. Marked handled at once: a
    // failed close must not end the process before the caller, which awaits it, has written.
    const closed = close();
    closed.catch(() => undefined);
    return { pages: sorted, journeys, closed };
  } catch (error) {
    await close();
    throw error;
  }
}

async function auditPage(
  page: Page,
  tabId: number,
  controller: Page,
  target: PageTarget,
  unit: number,
  journeyId: string | null,
  { timeoutMs, language }: Pick<AuditorOptions, 'timeoutMs' | 'language'>,
): Promise<PageOutcome> {
  const failed = (error: string): PageOutcome => ({ target, unit, journeyId, error });
  try {
    const response = await page.goto(target.url, { waitUntil: 'load', timeout: timeoutMs });
    if (response && response.status() >= 400) {
      return failed(`the server answered HTTP ${response.status()}${response.statusText() ? ` ${response.statusText()}` : ''}`);
    }
  } catch (error) {
    return failed(`could not load the page: ${loadError(error)}`);
  }
  // The reply crosses from the extension page to Node as JSON text: Playwright's own serialisation
  // of a big object tree (a huge page's axe results) takes many times longer.
  const reply = await withTimeout(
    controller
      .evaluate(
        async ([id, lang]) =>
          JSON.stringify(await chrome.runtime.sendMessage({ dotbogi: 1, type: 'audit:run', payload: { tabId: id, language: lang } })),
        [tabId, language] as const,
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
  if (!reply.ok) return failed(`the audit failed: ${reply.error.message}`);
  let audit: PageAudit;
  try {
    audit = await unpackPageAudit(reply.value);
  } catch (error) {
    return failed(`axe's results could not be unpacked: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The extension and this CLI are built from the same tree, but a stale or foreign build could
  // answer in another shape: say so rather than write a record that breaks the schema.
  const checked = pageAuditSchema.safeParse(audit);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return failed(
      `the extension answered with something that is not a page audit (schema version ${SCHEMA_VERSION}): ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return { target, unit, journeyId, audit: { ...audit, journeyId } };
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
