/**
 * Hostile pages (tests/fixtures/hostile/catalog.json), each provoking one failure, in one browser:
 * the overlay mounts and opens (or we record why not), an audit finishes or records a partial
 * result with the reason within a bound, the guide matcher answers, and the background survives.
 * Each page also has its own assertion that fails if the protection it exercises is removed.
 * The outcomes are rendered into RELIABILITY.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { openConsole, type ExtensionConsole } from './support/extension-console';
import { durationBucket, HOSTILE_OUTCOMES, saveOutcomes, writeReliabilityReport, type HostileOutcome } from './support/reliability-report';
import { ROOT } from './support/paths';
import type { FrameSkipKind, PageAudit } from '@/utils/audit/types';
import { unpackPageAudit } from '../../utils/audit/packed-axe';
import { FRAME_TIMEOUT_MS, frameBound } from '../../utils/audit/frame-bound';
import type { Settings, SiteSettings } from '@/utils/storage/items';

interface CatalogPage {
  id: string;
  file: string;
  provokes: string;
  load?: 'commit' | 'domcontentloaded' | 'load';
  /** A heading that shows the page has done what it does at load (e.g. rewritten itself). */
  ready?: string;
  expected: {
    overlay: 'mounted' | 'not-mounted';
    audit: 'complete' | 'partial' | 'finished' | 'refused';
    guide: 'found' | 'not-found' | 'answered' | 'settled';
  };
}

const CATALOG = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/hostile/catalog.json'), 'utf8')) as { pages: CatalogPage[] };
const HOST = 'hostile.go.kr';
/** What the guide matcher looks for on every page: the 「신청하기」 button. */
const APPLY_BUTTON = { role: 'button', name: '신청하기', text: '신청하기', tag: 'button', id: 'apply' };
/** How many elements the page has (the background's time bound grows with it); the most when the page does not say. */
async function elementCount(page: Page): Promise<number> {
  const count = page.evaluate(() => document.getElementsByTagName('*').length).catch(() => null);
  const busy = new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000));
  return (await Promise.race([count, busy])) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * The audit must answer within its frame's time bound (utils/audit/frame-bound.ts: 30 s plus a
 * share per element, so a huge page gets the time axe needs), plus slack for a shared machine.
 */
const auditBoundMs = (elements: number) => frameBound(FRAME_TIMEOUT_MS, elements) + 20_000;

interface Visit {
  entry: CatalogPage;
  page: Page;
  tabId: number;
  audit: PageAudit | null;
  auditError: string | null;
  console: ExtensionConsole;
  session: ExtensionSession;
  /** body[data-elements], read before the audit (pages that count their own elements). */
  elements: number;
}

describe('hostile pages', () => {
  let session: ExtensionSession;
  let console: ExtensionConsole;
  const outcomes: HostileOutcome[] = [];

  beforeAll(async () => {
    session = await launchWithExtension();
    console = await openConsole(session);
  });
  afterAll(async () => {
    if (outcomes.length > 0) {
      outcomes.sort((a, b) => CATALOG.pages.findIndex((page) => page.id === a.id) - CATALOG.pages.findIndex((page) => page.id === b.id));
      saveOutcomes(HOSTILE_OUTCOMES, outcomes);
      writeReliabilityReport();
    }
    await session?.close();
  });

  it('lists at least 25 pages, each naming the failure it provokes and an expected outcome per surface', () => {
    expect(CATALOG.pages.length).toBeGreaterThanOrEqual(25);
    for (const entry of CATALOG.pages) {
      expect(entry.provokes.length, entry.id).toBeGreaterThan(10);
      expect(Object.keys(entry.expected).sort(), entry.id).toEqual(['audit', 'guide', 'overlay']);
      expect(PROTECTIONS[entry.id], `${entry.id} has a page-specific assertion`).toBeTypeOf('function');
    }
  });

  it(
    'keeps the overlay, the audit, the guide matcher and the background working on every hostile page',
    async () => {
      // The page that never loads spends the whole per-frame bound waiting: it gets a lane of its
      // own. The others go one at a time (audits are CPU-bound; parallel lanes only slow them).
      const slow = CATALOG.pages.filter((entry) => entry.load === 'commit');
      const others = CATALOG.pages.filter((entry) => entry.load !== 'commit');
      const lanes = [slow, others];
      await Promise.all(
        lanes.map(async (lane) => {
          for (const entry of lane) outcomes.push(await visit(session, console, entry));
        }),
      );
      const failures = outcomes.flatMap((outcome) => outcome.failures.map((failure) => `${outcome.id}: ${failure}`));
      expect(failures).toEqual([]);
    },
    // About 6 minutes on an idle 2-core machine; more when it is shared.
    20 * 60_000,
  );
});

async function visit(session: ExtensionSession, console: ExtensionConsole, entry: CatalogPage): Promise<HostileOutcome> {
  const failures: string[] = [];
  const check = async (what: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      failures.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  };
  const url = session.web.url(HOST, `/${entry.file}${entry.id === 'fake-messages' ? `?id=${session.extensionId}` : ''}`);
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: entry.load ?? 'domcontentloaded', timeout: 60_000 });
  // Pages that navigate themselves keep their folder; the others their own address.
  const prefix = entry.file.includes('/') ? url.slice(0, url.lastIndexOf('/') + 1) : url.split('?')[0]!;
  const tabId = await console.tabId(prefix);

  if (entry.ready) await page.getByRole('heading', { name: entry.ready }).waitFor({ timeout: 15_000 });
  // Read first: a page still busy with our work answers slowly.
  const elements = Number(
    await page
      .locator('body')
      .getAttribute('data-elements', { timeout: 10_000 })
      .catch(() => null),
  );
  const overlay = await overlayOutcome(page, entry);
  if (overlay.state !== entry.expected.overlay) failures.push(`overlay: expected ${entry.expected.overlay}, saw ${overlay.text}`);

  const guide = await guideOutcome(console, tabId);
  const guideOk =
    entry.expected.guide === 'settled' ||
    (entry.expected.guide === 'answered' && (guide.state === 'found' || guide.state === 'not-found')) ||
    guide.state === entry.expected.guide;
  if (!guideOk) failures.push(`guide: expected ${entry.expected.guide}, saw ${guide.text}`);

  const started = Date.now();
  const reply = await console.ask('audit:run', { tabId }, auditBoundMs(elements || (await elementCount(page))));
  const elapsed = Date.now() - started;
  const audit = reply.ok ? await unpackPageAudit(reply.value) : null;
  const auditError = reply.ok ? null : `${reply.error.code}: ${reply.error.message}`;
  const auditText = audit
    ? `${audit.status}${reasonsOf(audit)}, ${durationBucket(elapsed)}`
    : `no audit (${categorise(auditError!)}), ${durationBucket(elapsed)}`;
  const auditOk = audit !== null && (entry.expected.audit === 'finished' || audit.status === entry.expected.audit);
  // "finished" also accepts a clear failure reply for pages that leave during the audit; "refused"
  // is a clear failure reply (nothing to audit), never silence.
  const settledOk =
    (entry.expected.audit === 'finished' || entry.expected.audit === 'refused') && reply.ok === false && reply.error.code !== 'no-answer';
  if (!auditOk && !settledOk)
    failures.push(`audit: expected ${entry.expected.audit}, saw ${auditText}${auditError ? ` (${auditError})` : ''}`);

  let protection = '';
  await check('protection', async () => {
    protection = await PROTECTIONS[entry.id]!({ entry, page, tabId, audit, auditError, console, session, elements });
  });
  // Nothing a page does may take the background down.
  await check('background', async () => {
    const status = await console.ask('journey:status', {}, 10_000);
    if (!status.ok) throw new Error(`the background did not answer after this page: ${status.error.message}`);
  });
  await page.close();
  return {
    id: entry.id,
    file: entry.file,
    provokes: entry.provokes,
    expected: entry.expected,
    overlay: overlay.text,
    audit: auditText,
    guide: guide.text,
    protection,
    failures,
  };
}

/** mounted: the launcher shows and the panel opens; degraded: the launcher shows but the panel does not open. */
async function overlayOutcome(page: Page, entry: CatalogPage): Promise<{ state: 'mounted' | 'degraded' | 'not-mounted'; text: string }> {
  const launcher = launcherOf(page);
  const wait = entry.expected.overlay === 'not-mounted' ? 5_000 : 15_000;
  try {
    await launcher.waitFor({ state: 'visible', timeout: wait });
  } catch {
    const host = await page
      .locator('dotbogi-overlay')
      .count()
      .catch(() => 0);
    const why =
      host === 0
        ? 'no host node (the content script did not run yet: it starts at document_idle)'
        : 'host present but the launcher is not visible';
    return { state: 'not-mounted', text: `not mounted: ${why}` };
  }
  // Navigating pages may leave between any two steps: mounted is what we can say for sure.
  const stable = entry.expected.guide !== 'settled';
  try {
    await launcher.click({ timeout: 5_000 });
    const dialog = page.locator('dotbogi-overlay').getByRole('dialog', { name: '돋보기 도움말' });
    // The first press loads the full overlay through the background, which may be busy with the
    // other lane's audit of a huge page.
    await dialog.waitFor({ timeout: 20_000 });
    await page.keyboard.press('Escape');
    const escClosed = await dialog.waitFor({ state: 'detached', timeout: 2_000 }).then(
      () => true,
      () => false,
    );
    if (!escClosed) {
      await page.locator('dotbogi-overlay').getByRole('button', { name: '닫기', exact: true }).click({ timeout: 5_000 });
      await dialog.waitFor({ state: 'detached', timeout: 5_000 });
    }
    return {
      state: 'mounted',
      text: escClosed ? 'mounted; panel opens, Esc closes' : 'mounted; panel opens; Esc swallowed by the page, 닫기 closes',
    };
  } catch (error) {
    if (!stable) return { state: 'mounted', text: 'mounted (the page navigated before the panel could be tried)' };
    return { state: 'degraded', text: `launcher shown, but the panel did not open (${(error as Error).message.split(':')[0]})` };
  }
}

function launcherOf(page: Page) {
  return page
    .locator('dotbogi-overlay')
    .getByRole('button', { name: /돋보기/ })
    .first();
}

async function guideOutcome(
  console: ExtensionConsole,
  tabId: number,
): Promise<{ state: 'found' | 'not-found' | 'unavailable'; text: string }> {
  const reply = await console.ask('guide:test', { tabId, fingerprint: APPLY_BUTTON }, 15_000);
  if (!reply.ok) return { state: 'unavailable', text: `no answer (${categorise(`${reply.error.code}: ${reply.error.message}`)})` };
  return reply.value.found ? { state: 'found', text: '「신청하기」 found' } : { state: 'not-found', text: '「신청하기」 not found' };
}

/** Partial audits name their reasons, in words that do not change from run to run. */
function reasonsOf(audit: PageAudit): string {
  const reasons = new Set([
    ...audit.coverage.framesSkipped.map((skip) => SKIP_WORDS[skip.kind] ?? categorise(skip.reason)),
    ...audit.coverage.errors.map((error) => categorise(error.message)),
  ]);
  return reasons.size > 0 ? ` (${[...reasons].sort().join('; ')})` : '';
}

const SKIP_WORDS: Partial<Record<FrameSkipKind, string>> = {
  'no-permission': 'cross-origin frame without permission skipped',
  blank: 'blank frame not audited',
  sandboxed: 'sandboxed frame not audited',
  'timed-out': 'a frame timed out',
  navigated: 'the page left during the work',
  unplaced: "a frame axe's page-wide run could not include",
};

function categorise(reason: string): string {
  if (/timed out/.test(reason)) return 'a frame timed out';
  if (/cross-origin frame without permission/.test(reason)) return 'cross-origin frame without permission skipped';
  if (/blank or srcdoc/.test(reason)) return 'blank frame not audited';
  if (/not audited|removed|navigat|No tab|closed|back\/forward|Frame with ID/i.test(reason)) return 'the page left during the work';
  if (/did not answer|Could not establish connection|Receiving end/i.test(reason)) return 'no overlay in the page to answer';
  if (/no-answer/.test(reason)) return 'no answer in time';
  return 'error in a frame';
}

/** The audit came back within its bound: a result, or a clear "timed out" refusal (never silence). */
function answeredWithinBound(audit: PageAudit | null, auditError: string | null) {
  if (audit) return;
  expect(auditError).toMatch(/could not be audited: .*timed out after \d+ s/);
}

/**
 * Page-specific assertions: each fails if the protection the page exercises were removed.
 * Returns a sentence for RELIABILITY.md.
 */
const PROTECTIONS: Record<string, (visit: Visit) => Promise<string>> = {
  'huge-dom': async ({ elements, audit, auditError }) => {
    expect(elements).toBeGreaterThanOrEqual(50_000);
    answeredWithinBound(audit, auditError);
    return 'the audit answers within its time bound on 50,000 elements (a result, or "could not be audited: timed out")';
  },
  'deep-nesting': async ({ audit, auditError }) => {
    answeredWithinBound(audit, auditError);
    expect(audit?.frames[0]?.error ?? '').not.toMatch(/call stack/i);
    return 'no stack overflow at 2,000 levels; the audit answers within its time bound';
  },
  'dom-churn': async ({ audit, page }) => {
    expect(audit?.axe).toBeTruthy();
    await launcherOf(page).waitFor({ state: 'visible', timeout: 5_000 });
    return 'axe finishes on a DOM that never settles; the overlay stays up';
  },
  'frames-nested': async ({ audit }) => {
    const skipped = audit!.coverage.framesSkipped;
    expect(skipped.find((skip) => skip.url.includes('frames-a.test'))?.kind).toBe('no-permission');
    const audited = audit!.frames.filter((frame) => frame.error === null).map((frame) => frame.url);
    expect(audited.some((url) => url.includes('frames/level-3.html'))).toBe(true);
    expect(audited.some((url) => url.includes('frames.go.kr'))).toBe(true);
    expect(audited.some((url) => url.includes('frames-a.test'))).toBe(false);
    return 'level-3 and the permitted cross-origin frame are audited; the frame from a host without permission is listed as skipped';
  },
  'shadow-roots': async ({ audit }) => {
    // axe names a node in a shadow root by a nested selector list: [["gov-card#open-card", "img"]].
    const images = audit!.findings.find((finding) => finding.ruleId === 'image-alt')?.nodes ?? [];
    const targets = images.map((node) => JSON.stringify(node.target));
    expect(
      targets.filter((target) => target.includes('open-card')),
      targets.join(' '),
    ).toHaveLength(1);
    return 'axe reaches the open shadow root (its image without alt is found); the closed one stays closed';
  },
  'document-write': async ({ page }) => {
    await page.getByRole('heading', { name: '다시 쓴 페이지' }).waitFor({ timeout: 5_000 });
    await launcherOf(page).waitFor({ state: 'visible', timeout: 5_000 });
    return 'the overlay comes back after document.open() throws the DOM (and every listener) away, and its panel opens';
  },
  'base-tag': async ({ session, page }) => {
    await launcherOf(page).click();
    await page.locator('dotbogi-overlay').getByRole('dialog').waitFor();
    await page.locator('dotbogi-overlay').getByRole('button', { name: '닫기', exact: true }).click();
    expect(session.web.requests.filter((request) => request.host === 'elsewhere.test')).toEqual([]);
    return "nothing of ours resolves against the page's <base>: no request to its host";
  },
  'csp-meta': async ({ audit }) => {
    expect(audit?.axe?.testEngine.name).toBe('axe-core');
    return 'the audit runs in the isolated world, which the page CSP does not govern';
  },
  'csp-header': async ({ audit, page }) => {
    expect(audit?.axe?.testEngine.name).toBe('axe-core');
    await launcherOf(page).waitFor({ state: 'visible' });
    return 'a header CSP with Trusted Types blocks neither the overlay nor the audit';
  },
  'csp-sandbox': async ({ audit }) => {
    expect(audit).not.toBeNull();
    return 'an opaque-origin (sandboxed) page is handled without errors';
  },
  'prototype-overrides': async ({ page, audit }) => {
    expect(await page.locator('html').getAttribute('data-trapped')).toBe('0');
    expect(audit?.frames[0]?.error ?? null).toBeNull();
    expect(audit!.findings.some((finding) => finding.ruleId === 'image-alt')).toBe(true);
    return "no trap fired: our scripts never touch the main world's built-ins (isolated world), and axe still finds the image without alt";
  },
  'giant-inline-styles': async ({ audit, auditError }) => {
    answeredWithinBound(audit, auditError);
    return 'the audit answers within its time bound under 1 MB of CSS';
  },
  'important-resets': async ({ page }) => {
    const box = await launcherOf(page).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(64);
    return 'our shadow-root styles keep the launcher at its size (≥ 64 px) under !important resets';
  },
  'max-z-index': async ({ page }) => {
    // A click that lands on the page's layer instead would time out here.
    await launcherOf(page).click({ timeout: 5_000 });
    await page.locator('dotbogi-overlay').getByRole('dialog').waitFor();
    await page.locator('dotbogi-overlay').getByRole('button', { name: '닫기', exact: true }).click();
    return 'the launcher stays clickable above max-z-index layers';
  },
  'body-zoom': async ({ page }) => {
    const box = (await launcherOf(page).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(64);
    expect(box.height).toBeLessThanOrEqual(200);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    return 'the launcher keeps its size and stays on screen whatever the page zoom';
  },
  'html-zoom': async ({ page }) => {
    // zoom on <html> scales every descendant; our host undoes it for itself.
    const box = (await launcherOf(page).boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(64);
    await launcherOf(page).click({ timeout: 5_000 });
    const dialog = page.locator('dotbogi-overlay').getByRole('dialog');
    await dialog.waitFor();
    const heading = (await dialog.getByRole('heading').first().boundingBox())!;
    expect(heading.height).toBeGreaterThanOrEqual(20);
    await page.locator('dotbogi-overlay').getByRole('button', { name: '닫기', exact: true }).click();
    return `html{zoom:.5} does not shrink us: the launcher is ${Math.round(box.height)} px tall, the panel's text full size`;
  },
  rtl: async ({ page }) => {
    const root = page.locator('dotbogi-overlay [lang]').first();
    expect(await root.getAttribute('lang')).toBe('ko');
    expect(await root.getAttribute('dir')).toBe('ltr');
    const box = (await launcherOf(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    return 'our UI keeps its own language and stays on screen on an RTL page';
  },
  'navigates-during-audit': async ({ audit, auditError }) => {
    expect(audit !== null || auditError !== null).toBe(true);
    return 'the audit settles (a result or a clear failure) though the page leaves under it';
  },
  'never-loads': async ({ audit, auditError }) => {
    expect(audit).toBeNull();
    expect(auditError).toMatch(/could not be audited: timed out after \d+ s/);
    return 'the time bound turns a page that never loads into a clear "could not be audited: timed out" reply instead of a hang';
  },
  'never-loads-image': async ({ audit, page }) => {
    expect(audit!.status).toBe('complete');
    await launcherOf(page).waitFor({ state: 'visible' });
    return 'neither the overlay nor the audit waits for the load event';
  },
  'form-5000': async ({ audit, auditError }) => {
    answeredWithinBound(audit, auditError);
    if (audit) expect(audit.findings.some((finding) => finding.ruleId === 'form-field-count')).toBe(true);
    return 'the audit answers within its time bound (with the field count when it finishes in time)';
  },
  templates: async ({ audit }) => {
    const images = audit!.findings.filter((finding) => finding.ruleId === 'image-alt');
    expect(images).toHaveLength(1);
    expect(images[0]!.nodes.length).toBeGreaterThanOrEqual(300);
    return '300 copies of one fault are one finding (one stable id) with 300 nodes';
  },
  'fake-messages': async ({ page, console }) => {
    await page.getByText('done', { exact: true }).waitFor({ timeout: 15_000 });
    const log = await page.locator('#log').innerText();
    expect(log).toContain('chrome.runtime.sendMessage: not available to this page');
    expect(log).not.toContain('readable');
    const settings = (await console.page.evaluate(() => chrome.storage.local.get(['settings', 'sites']))) as {
      settings?: Settings;
      sites?: Record<string, SiteSettings>;
    };
    expect(settings.settings?.language ?? '').not.toBe('ar');
    expect(settings.sites?.['http://hostile.go.kr']?.enabled ?? null).not.toBe(false);
    expect(await page.locator('dotbogi-overlay').getByRole('dialog').count()).toBe(0);
    const audits = await console.value('audits:list', {});
    expect(audits.pages.filter((summary) => summary.url.includes('fake-messages')).length).toBe(1);
    return 'forged messages change nothing (settings, site, audits, panel); chrome.runtime is not exposed; our files are not readable';
  },
  'removes-host': async ({ page }) => {
    await page.waitForFunction(() => Number(document.getElementById('removed')?.textContent) >= 3, undefined, { timeout: 10_000 });
    await launcherOf(page).waitFor({ state: 'visible', timeout: 2_000 });
    return 'the host node is put back each time the page deletes it';
  },
  'meta-refresh': async ({ audit, auditError }) => {
    expect(audit !== null || auditError !== null).toBe(true);
    return 'the audit settles though the page reloads every second';
  },
  'busy-loop': async ({ audit }) => {
    expect(audit?.axe).toBeTruthy();
    return 'the audit and the guide matcher finish on a page that blocks its main thread';
  },
  'event-swallow': async ({ page }) => {
    await launcherOf(page).click();
    const dialog = page.locator('dotbogi-overlay').getByRole('dialog');
    await dialog.waitFor();
    await page.locator('dotbogi-overlay').getByRole('button', { name: '닫기', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    return 'the panel opens and closes with the mouse though the page swallows keys';
  },
  'euc-kr': async ({ audit }) => {
    expect(audit!.title).toBe('EUC-KR 인코딩 페이지');
    return 'Korean text of an EUC-KR page is read correctly';
  },
  frameset: async ({ audit }) => {
    expect(audit!.coverage.framesAudited).toBeGreaterThanOrEqual(3);
    return 'a frameset page and both its frames are audited';
  },
};
