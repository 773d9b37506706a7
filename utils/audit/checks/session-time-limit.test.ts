import { describe, expect, it } from 'vitest';
import { check } from './session-time-limit';
import { DESKTOP, fixtureScan, runCheckOn, setFixture } from '@/tests/kits/audit-check';

/** A "sleep" that lets the page's countdown tick once meanwhile. */
const tick = (text: string) => async () => {
  document.getElementById('t')!.textContent = text;
};

describe('session-time-limit', () => {
  it('fails a labelled countdown whose extend control is an unnamed icon, without waiting for it to tick', async () => {
    let slept = false;
    const sleep = async () => {
      slept = true;
    };
    const html = `<div>남은 시간 <span id="t">10:00</span> <img id="session-extend" onclick="extend()" data-rect="0 0 12 12"></div>`;
    const result = await runCheckOn(check, html, undefined, sleep);
    expect(result.outcome).toBe('failed');
    expect(result.nodes.map((node) => node.message)).toContain('time limit text');
    expect(result.nodes.map((node) => node.message)).toContain('extend control has no text or accessible name');
    expect(slept).toBe(false);
  });

  it('fails a lone running countdown (no "남은 시간" beside it) once it has seen it tick', async () => {
    const result = await runCheckOn(check, `<header><span id="t">10:00</span></header>`, undefined, tick('09:59'));
    expect(result.outcome).toBe('failed');
    // The evidence is what the check saw: the clock going down.
    expect(result.nodes.map((node) => node.evidence)).toEqual([{ key: 'countdown', values: { before: '10:00', after: '09:59' } }]);
  });

  it('needs review when a labelled "연장" button exists', async () => {
    const html = `<div>남은 시간 <span id="t">10:00</span> <button>시간 연장</button></div>`;
    expect((await runCheckOn(check, html, undefined, tick('09:59'))).outcome).toBe('needs-review');
  });

  it('fails a meta refresh', async () => {
    const result = await runCheckOn(check, `<p>안내</p>`);
    expect(result.outcome).toBe('inapplicable');
    setFixture('head', '<meta http-equiv="refresh" content="300;url=/logout">');
    const scanResult = await check.run(document, window, {
      scan: fixtureScan(document, window),
      viewport: DESKTOP,
      sleep: async () => undefined,
    });
    expect(scanResult.outcome).toBe('failed');
    expect(scanResult.summary).toContain('meta refresh 300 s');
  });

  it('takes its second sample as soon as the countdown ticks, without waiting the whole second', async () => {
    let slept = false;
    const waitForEver = () => {
      slept = true;
      // The page's countdown ticks while the check waits; the check's own timer never fires.
      setTimeout(() => (document.getElementById('t')!.textContent = '09:59'), 10);
      return new Promise<void>(() => undefined);
    };
    const result = await runCheckOn(check, `<div><span id="t">10:00</span> <button>연장</button></div>`, undefined, waitForEver);
    expect(slept).toBe(true);
    expect(result.nodes.map((node) => node.evidence?.key)).toContain('countdown');
  });

  it('does not sample opening hours or timestamps at all', async () => {
    let slept = false;
    const sleep = async () => {
      slept = true;
    };
    const html = `<p>콜센터 110 (평일 09:00~18:00)</p><p>상담 9:00 - 18:00</p><td>2026-11-27 14:05</td><p>게시일 2026.11.27. 09:30</p>`;
    expect((await runCheckOn(check, html, undefined, sleep)).outcome).toBe('inapplicable');
    expect(slept).toBe(false);
  });

  it('still samples a lone clock next to such times', async () => {
    const html = `<p>평일 09:00~18:00</p><div><span id="t">05:00</span></div>`;
    const result = await runCheckOn(check, html, undefined, tick('04:59'));
    expect(result.outcome).toBe('failed');
    expect(result.nodes.map((node) => node.evidence?.key)).toContain('countdown');
  });

  it('does not take a still clock (opening hours) for a countdown', async () => {
    expect((await runCheckOn(check, `<p>상담 <span id="t">09:00</span>~18:00</p>`, undefined, async () => undefined)).outcome).toBe(
      'inapplicable',
    );
  });
});
