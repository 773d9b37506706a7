/**
 * The page audit in Firefox (the browser that reaches older Koreans on phones): axe.runPartial in
 * every frame, placed by the frameIds Firefox gives (runtime.getFrameId), and axe.finishRun in the
 * background page, which has the window Chromium's service worker lacks. And the certificate's
 * personal data kept out of the audit there too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWeb, type TestWeb } from '../fixtures/test-web';
import { buildFirefoxExtension, firefoxTabId, launchFirefox, type FirefoxSession } from './support/firefox';
import { unpackPageAudit } from '../../utils/audit/packed-axe';
import type { PageAudit, StoredPageAudit } from '../../utils/audit/types';

describe('auditing framed pages in Firefox', () => {
  let web: TestWeb;
  let firefox: FirefoxSession;
  beforeAll(async () => {
    buildFirefoxExtension();
    web = await startTestWeb();
    firefox = await launchFirefox(web);
  }, 240_000);
  afterAll(async () => {
    await firefox?.close();
    await web?.close();
  });

  async function audit(path: string): Promise<PageAudit> {
    const page = await firefox.browser.newPage();
    await page.goto(firefox.url('www.sample.go.kr', path));
    try {
      const tabId = await firefoxTabId(firefox, page.url());
      const reply = (await firefox.welcome.evaluate(
        (id) =>
          (
            globalThis as unknown as { browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }
          ).browser.runtime.sendMessage({ dotbogi: 1, type: 'audit:run', payload: { tabId: id } }),
        tabId,
      )) as { ok: true; value: StoredPageAudit } | { ok: false; error: { message: string } };
      if (!reply.ok) throw new Error(reply.error.message);
      return await unpackPageAudit(reply.value);
    } finally {
      await page.close();
    }
  }

  // Firefox reaches the test web by host name on its port, so only frames with relative addresses
  // load here; the cross-origin ones are the Chromium suite's (tests/e2e/audit-frames.e2e.ts).
  it('combines every frame into one page-wide result', async () => {
    const page = await audit('/cross-frame.html');
    expect(page.frames.map((frame) => new URL(frame.url).pathname).slice(0, 2)).toEqual(['/cross-frame.html', '/notice-body.html']);
    // The shell has no main landmark of its own; its notice frame does: axe.finishRun saw both.
    expect(page.rules.find((rule) => rule.ruleId === 'landmark-one-main')!.outcome).toBe('passed');
    expect(page.rules.find((rule) => rule.ruleId === 'page-has-heading-one')!.outcome).toBe('passed');
    const untitled = await audit('/titled.html');
    expect(untitled.findings.map((finding) => finding.ruleId)).not.toContain('document-title');
  }, 120_000);

  it('keeps the certificate’s personal data out of the audit', async () => {
    const text = JSON.stringify(await audit('/certificate.html'));
    expect(text).toContain('세대주 성명(한자)');
    for (const value of [
      '박순자',
      '朴順子',
      'PARK SOONJA',
      '450823-2143517',
      '19450823',
      '해운대로 570',
      '7294-3318',
      'soonja.park45',
      'M123A4567',
    ])
      expect(text.includes(value), value).toBe(false);
  }, 120_000);
});
