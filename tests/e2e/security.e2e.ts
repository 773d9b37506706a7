/**
 * Security in the built extension: least privilege in the shipped manifest, every extension page
 * working under the strict page CSP, messages validated by schema, and no personal data in any
 * stored or exported artefact after flows that type personal data into demo forms. Pages cannot
 * message us at all (tests/e2e/hostile.e2e.ts, fake-messages), and nothing leaves the device
 * (tests/e2e/support/no-network.ts, for every e2e file).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { openConsole, type ExtensionConsole } from './support/extension-console';
import { E2E_EXTENSION } from './support/paths';
import { storedIndexedDb } from './support/stored-data';

const PAGE_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
const EXTENSION_PAGES = [
  'popup.html',
  'options.html',
  'sidepanel.html',
  'report.html',
  'studio.html',
  'welcome.html',
  'guide-recorder.html',
];

/** What the user types: none of it may be stored or exported anywhere. */
const TYPED = { name: '김돋보', rrn1: '480917', rrn2: '2938416', phone2: '8274', phone3: '6153', email: 'kim.dotbogi@example.kr' };
const FORBIDDEN = [
  TYPED.name,
  TYPED.rrn1,
  TYPED.rrn2,
  `${TYPED.rrn1}-${TYPED.rrn2}`,
  `${TYPED.phone2}-${TYPED.phone3}`,
  `${TYPED.phone2}${TYPED.phone3}`,
  TYPED.email,
  'kim.dotbogi',
  'kim.dotbogi%40example.kr',
];

describe('security', () => {
  let session: ExtensionSession;
  let console: ExtensionConsole;
  beforeAll(async () => {
    session = await launchWithExtension();
    console = await openConsole(session);
  });
  afterAll(() => session?.close());

  it('ships the least privilege: exact permissions, no web-accessible resources, no external messaging, strict page CSP', () => {
    const manifest = JSON.parse(readFileSync(join(E2E_EXTENSION, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'sidePanel', 'activeTab', 'unlimitedStorage', 'offscreen']);
    expect(manifest.host_permissions).toEqual(['*://*.go.kr/*', '*://gov.kr/*', '*://*.gov.kr/*', 'http://127.0.0.1/*']);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy).toEqual({ extension_pages: PAGE_CSP });
  });

  it('runs every extension page under that CSP without a violation or an error', async () => {
    for (const path of EXTENSION_PAGES) {
      const page = await session.context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      await page.locator('h1, h2, [role="heading"]').first().waitFor({ timeout: 15_000 });
      expect(problems, path).toEqual([]);
      await page.close();
    }
  });

  it('refuses malformed or oversized requests from our own pages, by schema, before any handler runs', async () => {
    const reply = async (type: string, payload: unknown) =>
      (await console.page.evaluate((message) => chrome.runtime.sendMessage(message), { dotbogi: 1, type, payload })) as {
        ok: boolean;
        error?: { code: string };
      };
    expect((await reply('audit:run', { tabId: 'all' })).error?.code).toBe('invalid-request');
    expect((await reply('settings:update', { language: 'x'.repeat(5_000) })).error?.code).toBe('invalid-request');
    expect((await reply('settings:update', { speechRate: 1e9 })).error?.code).toBe('invalid-request');
    expect((await reply('audits:export', { pageIds: Array.from({ length: 10_001 }, () => 'a') })).error?.code).toBe('invalid-request');
    expect((await reply('report:highlight', { url: 'http://demo.gov.kr/', target: [] })).error?.code).toBe('invalid-request');
    expect((await reply('site:enable', { origin: 'javascript:alert(1)' })).error?.code).toBe('invalid-request');
    expect((await reply('no-such-type', {})).error?.code).toBe('unknown-type');
    // Settings are untouched by all of that.
    const stored = (await console.page.evaluate(() => chrome.storage.local.get('settings'))) as { settings?: { speechRate?: number } };
    expect(stored.settings?.speechRate ?? 1).toBeLessThanOrEqual(2);
  });

  it('keeps no personal data: after typing a resident number, phone and e-mail into a demo form and auditing it as a journey, storage, IndexedDB and the export contain none of it', async () => {
    const page = await session.context.newPage();
    page.on('dialog', (dialog) => void dialog.dismiss());
    await page.goto(session.web.url('demo.gov.kr', '/before/move-in/apply.html'));
    const tabId = await console.tabId(page.url());
    const journey = await console.value('journey:start', { tabId, name: '전입신고 개인정보' });

    await page.fill('#applicant-name', TYPED.name);
    await page.fill('#rrn1', TYPED.rrn1);
    await page.fill('#rrn2', TYPED.rrn2);
    await page.fill('#phone2', TYPED.phone2);
    await page.fill('#phone3', TYPED.phone3);
    await page.fill('#email', TYPED.email);
    // The page as typed into (values live in the DOM now) is audited too, one-off.
    const typedAudit = await console.value('audit:run', { tabId });
    expect(typedAudit.id).toBeTruthy();
    // A GET form puts every value in the next page's URL, which the journey records.
    await page.evaluate(() => (document.getElementById('apply-form') as HTMLFormElement).submit());
    await page.waitForURL(/confirm\.html/);
    await expect
      .poll(async () => (await console.value('audits:list', { journeyId: journey.id })).journeys[0]?.pages.length, { timeout: 60_000 })
      .toBe(2);
    await console.value('journey:stop', {});

    const exported = JSON.stringify(await console.value('audits:export', {}));
    const local = JSON.stringify(await console.page.evaluate(() => chrome.storage.local.get(null)));
    const indexedDb = await storedIndexedDb(console);
    // axe's results were stored packed and are read here unpacked: the html axe keeps is searched too.
    expect(indexedDb).toContain('testEngine');
    expect(indexedDb.length).toBeGreaterThan(1000);
    expect(exported).toContain('move-in/apply.html');
    for (const [where, text] of Object.entries({ exported, local, indexedDb })) {
      for (const value of FORBIDDEN) expect(text.includes(value), `${where} contains ${value}`).toBe(false);
    }
    await page.close();
  });
});
