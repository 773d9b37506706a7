/**
 * axe's own frame protocol in the built extension, on pages built like the real world
 * (tests/fixtures/real-world): axe.runPartial in every frame Dotbogi can reach, axe.finishRun once
 * for the page, and every frame it could not audit listed with the reason. That every rule's
 * outcome equals axe.run with iframes: true is tests/e2e/audit.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './support/browser';
import { openConsole, type ExtensionConsole } from './support/extension-console';
import { unpackPageAudit } from '../../utils/audit/packed-axe';
import type { PageAudit } from '@/utils/audit/types';

describe('auditing pages with frames', () => {
  let session: ExtensionSession;
  let console: ExtensionConsole;
  beforeAll(async () => {
    session = await launchWithExtension();
    console = await openConsole(session);
  });
  afterAll(() => session?.close());

  const audit = async (path: string, waitUntil: 'load' | 'domcontentloaded' = 'load'): Promise<PageAudit> => {
    const page = await session.context.newPage();
    await page.goto(session.web.url('www.sample.go.kr', path), { waitUntil });
    try {
      return await unpackPageAudit(await console.value('audit:run', { tabId: await console.tabId(page.url()) }, 90_000));
    } finally {
      await page.close();
    }
  };
  const failed = (page: PageAudit) => page.findings.filter((finding) => finding.outcome === 'failed').map((finding) => finding.ruleId);

  it('does not blame a titled page for its untitled frames: title, language, main and h1 are the page’s', async () => {
    const page = await audit('/titled.html');
    // Both frames, the cross-origin map included, were part of axe's run.
    expect(page.frames.map((frame) => new URL(frame.url).pathname)).toEqual(['/titled.html', '/untitled.html', '/untitled.html']);
    expect(page.coverage.framesSkipped).toEqual([]);
    for (const rule of ['document-title', 'html-has-lang', 'landmark-one-main', 'page-has-heading-one', 'region']) {
      expect(failed(page), rule).not.toContain(rule);
    }
    expect(page.rules.find((rule) => rule.ruleId === 'document-title')!.outcome).toBe('passed');
    expect(page.status).toBe('complete');
  });

  it('judges rules that span frames over the whole page, and finds an id repeated inside one frame there', async () => {
    const page = await audit('/cross-frame.html');
    // The shell page has no main landmark or h1 of its own; its notice frame does.
    expect(page.rules.find((rule) => rule.ruleId === 'landmark-one-main')!.outcome).toBe('passed');
    expect(page.rules.find((rule) => rule.ruleId === 'page-has-heading-one')!.outcome).toBe('passed');
    // axe asks a person to confirm a repeated id that ARIA points at (needs review).
    const duplicate = page.findings.find((finding) => finding.ruleId === 'duplicate-id-aria')!;
    expect(duplicate.outcome).toBe('needs-review');
    const frames = new Set(duplicate.nodes.map((node) => page.frames[node.frame]!.url));
    expect([...frames]).toEqual(['http://map.sample.go.kr/forms.html']);
    // The target is the node's own within its frame; the frame is named by its index.
    expect(duplicate.nodes[0]!.target).toEqual(['p:nth-child(1)']);
  });

  it('audits nested same-origin and cross-origin frames, and lists the frame it may not enter with the reason', async () => {
    const page = await audit('/nested.html');
    const where = (url: string) => page.frames.find((frame) => frame.url === url);
    expect(where('http://www.sample.go.kr/address-results.html')?.path).toEqual([0, 0]);
    // The page's own host, inside the cross-origin map frame.
    expect(where('http://www.sample.go.kr/map-legend.html')?.path).toEqual([1, 0]);
    expect(page.coverage.framesSkipped).toEqual([
      { url: 'http://id.example.com/idcheck.html', reason: expect.stringContaining('without permission'), kind: 'no-permission' },
    ]);
    // A finding two frames deep points at its frame.
    const link = page.findings.find((finding) => finding.ruleId === 'link-name')!;
    expect(page.frames[link.nodes[0]!.frame]!.url).toBe('http://www.sample.go.kr/address-results.html');
    expect(page.status).toBe('partial');
  });

  it('audits a form built in a shadow root', async () => {
    const page = await audit('/shadow-form.html');
    const label = page.findings.find((finding) => finding.ruleId === 'label')!;
    // One target entry per shadow boundary, so the report can find the field again.
    expect(label.nodes.map((node) => node.target)).toEqual([['minwon-form', 'input[type="email"]']]);
  });

  it('says which frames axe could not place in the page rather than dropping them', async () => {
    const page = await audit('/shadow-frames.html');
    expect(page.coverage.framesSkipped.map((skip) => [skip.url, skip.kind]).sort()).toEqual([
      ['http://map.sample.go.kr/untitled.html', 'unplaced'],
      ['http://www.sample.go.kr/untitled.html', 'unplaced'],
    ]);
    // Dotbogi's own checks still ran in them.
    expect(page.frames).toHaveLength(3);
  });

  it('lists a frame that never answers and one that keeps navigating, and keeps the rest of the page', async () => {
    // The stuck frame never fires its load event: the page is audited once its own document is in.
    // Each frame costs at most its time bound (utils/audit/frame-bound.ts), never the whole audit.
    const page = await audit('/stuck.html', 'domcontentloaded');
    const skipped = Object.fromEntries(page.coverage.framesSkipped.map((skip) => [skip.url, skip.kind]));
    const reasonOf = (url: string) => page.coverage.framesSkipped.find((skip) => skip.url === url)?.reason;
    expect(skipped['http://chat.go.kr/busy.html'], reasonOf('http://chat.go.kr/busy.html')).toBe('timed-out');
    // The ticker reloads every 120 ms: caught mid-navigation or still navigating when its bound ran
    // out, it is listed with the reason; on a quick machine its audit may fit between two reloads.
    // Either way it is accounted for, never dropped.
    const ticker = 'http://www.sample.go.kr/reloading.html';
    if (ticker in skipped) expect(['navigated', 'timed-out'], reasonOf(ticker)).toContain(skipped[ticker]);
    else expect(page.frames.map((frame) => frame.url)).toContain(ticker);
    expect(Object.keys(skipped).filter((url) => url !== ticker)).toEqual(['http://chat.go.kr/busy.html']);
    // The page's own results are all there.
    expect(page.findings.some((finding) => finding.ruleId === 'image-alt' && page.frames[finding.nodes[0]!.frame]!.frameId === 0)).toBe(
      true,
    );
    expect(page.axe?.testEngine.name).toBe('axe-core');
  });
});
