import { describe, expect, it } from 'vitest';
import { frameCss, freeBand, readScreen, screenSize, toScreenRect, watchScreen, type ScreenGeometry } from './screen';

/** A phone showing a 980 px page without <meta name="viewport">: zoomed out to fit 390 px. */
function phoneWindow(viewport: Partial<VisualViewport> & EventTarget, keyboard?: object) {
  const listeners: string[] = [];
  return {
    innerWidth: 980,
    innerHeight: 2121,
    visualViewport: viewport as VisualViewport,
    navigator: { virtualKeyboard: keyboard } as unknown as Navigator,
    addEventListener: (type: string) => listeners.push(type),
    removeEventListener: () => undefined,
    listeners,
  };
}

function viewport(values: Partial<VisualViewport>) {
  return Object.assign(new EventTarget(), values);
}

describe('the screen as seen', () => {
  const zoomedOut = viewport({ scale: 390 / 980, offsetLeft: 0, offsetTop: 0, width: 980, height: 2121 });

  it('reads the visual viewport, and the plain window where there is none', () => {
    expect(readScreen(phoneWindow(zoomedOut))).toEqual({ scale: 390 / 980, left: 0, top: 0, width: 980, height: 2121 });
    expect(
      readScreen({ innerWidth: 1280, innerHeight: 900, addEventListener: () => undefined, removeEventListener: () => undefined }),
    ).toEqual({
      scale: 1,
      left: 0,
      top: 0,
      width: 1280,
      height: 900,
    });
  });

  it('sizes the frame to the phone screen and scales our px back up on a zoomed-out page', () => {
    const screen = readScreen(phoneWindow(zoomedOut));
    expect(screenSize(screen).width).toBeCloseTo(390);
    expect(screenSize(screen).height).toBeCloseTo(844, 0);
    expect(frameCss(screen)).toMatch(/width:390px !important;height:844\.\d+px !important;zoom:2\.51/);
  });

  it('converts a page element’s box into what the person sees when pinched in and panned', () => {
    // Pinched to 2× and panned 100 px right and 300 px down within the layout viewport.
    const screen: ScreenGeometry = { scale: 2, left: 100, top: 300, width: 195, height: 422 };
    expect(toScreenRect({ x: 150, y: 310, width: 40, height: 20 }, screen)).toEqual({ x: 100, y: 20, width: 80, height: 40 });
    expect(frameCss(screen)).toContain(
      'left:200px !important;top:600px !important;width:390px !important;height:844px !important;zoom:0.5',
    );
  });

  it('takes an overlaying on-screen keyboard off the screen’s height', () => {
    const screen = readScreen(
      phoneWindow(viewport({ scale: 1, offsetLeft: 0, offsetTop: 0, width: 390, height: 844 }), {
        overlaysContent: true,
        boundingRect: { height: 300 },
      }),
    );
    expect(screen.height).toBe(544);
  });

  it('follows pinches, pans and resizes, and stops when asked', () => {
    const visual = viewport({ scale: 1, offsetLeft: 0, offsetTop: 0, width: 390, height: 844 });
    const win = phoneWindow(visual);
    let calls = 0;
    const stop = watchScreen(win, () => (calls += 1));
    visual.dispatchEvent(new Event('resize'));
    visual.dispatchEvent(new Event('scroll'));
    expect(calls).toBe(2);
    expect(win.listeners).toContain('resize');
    stop();
    visual.dispatchEvent(new Event('scroll'));
    expect(calls).toBe(2);
  });

  it('leaves callouts the band a folded bottom sheet does not take', () => {
    const screen: ScreenGeometry = { scale: 1, left: 0, top: 0, width: 390, height: 844 };
    const root = document.createElement('div');
    root.className = 'narrow';
    const sheet = root.appendChild(document.createElement('section'));
    sheet.className = 'panel lowered';
    expect(freeBand(root, screen)).toEqual({ top: 0, height: 844 });
    document.body.append(root);
    sheet.getBoundingClientRect = () => ({ x: 0, y: 0, width: 390, height: 100 }) as DOMRect;
    expect(freeBand(root, screen)).toEqual({ top: 100, height: 744 });
    sheet.getBoundingClientRect = () => ({ x: 0, y: 744, width: 390, height: 100 }) as DOMRect;
    expect(freeBand(root, screen)).toEqual({ top: 0, height: 744 });
    root.classList.remove('narrow');
    expect(freeBand(root, screen)).toEqual({ top: 0, height: 844 });
    root.remove();
  });
});
