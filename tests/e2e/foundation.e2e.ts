import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROMIUM_SERVICE_HOSTS, launchWithExtension, tabIdOf, type ExtensionSession } from './support/browser';
import { FIXTURE_HOSTS } from '../fixtures/test-web';
import { ARTIFACTS } from './support/paths';
import type { AuditRunResult } from '@/utils/audit/types';
import { unpackPageAudit } from '../../utils/audit/packed-axe';

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(() => session?.close());

  it('shows the 돋보기 launcher on a government site, and opens its panel', async () => {
    const page = await session.context.newPage();
    await page.goto(session.web.url('demo.gov.kr', '/before/index.html'));
    const launcher = page.getByRole('button', { name: /돋보기/ });
    await expect(launcher.waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    const box = await launcher.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(64);
    await launcher.click();
    // The first press loads the full overlay (components/overlay/boot), then opens the panel.
    const dialog = page.getByRole('dialog', { name: '돋보기 도움말' });
    await dialog.waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'overlay-demo-home-ko.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });

  it('opens the popup, which offers to turn Dotbogi off on a government site', async () => {
    const page = await session.context.newPage();
    await page.goto(session.web.url('demo.gov.kr', '/before/index.html'));
    const tabId = await tabIdOf(session, page.url());
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.getByRole('heading', { name: 'demo.gov.kr' }).waitFor();
    await popup.getByRole('button', { name: '이 사이트에서 돋보기 끄기' }).waitFor();
    await popup.close();
    await page.close();
  });

  it('injects the audit runner on demand and returns axe results to the background', async () => {
    const page = await session.context.newPage();
    await page.goto(session.web.url('demo.gov.kr', '/before/index.html'));
    const tabId = await tabIdOf(session, page.url());
    const sidepanel = await session.openExtensionPage('sidepanel.html');
    const result = (await sidepanel.evaluate(
      (id) => chrome.runtime.sendMessage({ dotbogi: 1, type: 'audit:run', payload: { tabId: id } }),
      tabId,
    )) as { ok: boolean; value: AuditRunResult };
    expect(result.ok).toBe(true);
    const top = await unpackPageAudit(result.value);
    expect(top.axe?.testEngine.name).toBe('axe-core');
    expect(top.axe?.violations.map((violation) => violation.id)).toContain('html-has-lang');
    // axe must not have leaked into the page's always-on overlay: it is injected, not resident.
    await sidepanel.close();
    await page.close();
  });

  it('contacts nothing but the test web on 127.0.0.1', () => {
    const served = new Set(Object.keys(FIXTURE_HOSTS));
    const fromOurContexts = session.requests.filter(
      (request) => !served.has(new URL(request.url).hostname) && !request.url.startsWith('chrome-extension:'),
    );
    expect(fromOurContexts).toEqual([]);
    const outside = session.web.requests.filter((request) => request.outside && !CHROMIUM_SERVICE_HOSTS.includes(request.host));
    expect(outside).toEqual([]);
    expect(session.web.requests.some((request) => request.host === 'demo.gov.kr')).toBe(true);
  });
});
