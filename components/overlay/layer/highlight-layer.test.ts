import { describe, expect, it, vi } from 'vitest';
import { createHighlightLayer } from './highlight-layer';
import { setBody } from '@/tests/kits/dom';

function shadowHost() {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  document.documentElement.append(host);
  return { host, container };
}

describe('createHighlightLayer', () => {
  it('draws over a target without touching the page, and clears', () => {
    setBody('<main><button id="go" class="page-button">신청</button></main>');
    const before = document.body.innerHTML;
    const { host, container } = shadowHost();
    const layer = createHighlightLayer(container);
    const target = document.getElementById('go')!;
    target.getBoundingClientRect = () => DOMRect.fromRect({ x: 100, y: 200, width: 80, height: 40 });

    layer.highlight(target, { label: '신청 단추', scroll: false });
    const root = container.querySelector<HTMLElement>('.dotbogi-layer')!;
    expect(root.hidden).toBe(false);
    expect(root.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('.label')!.textContent).toBe('신청 단추');
    expect(container.querySelector('.ring')!.getAttribute('width')).not.toBeNull();
    expect(layer.current).toBe(target);
    expect(document.body.innerHTML).toBe(before);

    layer.clearHighlight();
    expect(root.hidden).toBe(true);
    expect(layer.current).toBeNull();
    layer.destroy();
    expect(container.querySelector('.dotbogi-layer')).toBeNull();
    host.remove();
  });

  it('leaves a target in view where it is, and holds a scroll until the person lifts their finger', async () => {
    setBody('<main><input type="checkbox" id="agree"><button id="far">다음</button></main>');
    const { host, container } = shadowHost();
    const layer = createHighlightLayer(container);
    const agree = document.getElementById('agree')!;
    const far = document.getElementById('far')!;
    agree.getBoundingClientRect = () => DOMRect.fromRect({ x: 100, y: 200, width: 24, height: 24 });
    far.getBoundingClientRect = () => DOMRect.fromRect({ x: 100, y: window.innerHeight + 400, width: 80, height: 40 });
    const scrolled = vi.fn();
    agree.scrollIntoView = scrolled;
    far.scrollIntoView = scrolled;

    layer.highlight(agree);
    expect(scrolled).not.toHaveBeenCalled();

    // The press that focused the next step's field: moving the page now would lose its click.
    window.dispatchEvent(new Event('pointerdown'));
    layer.highlight(far);
    expect(scrolled).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pointerup'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(scrolled).toHaveBeenCalledTimes(1);
    layer.destroy();
    host.remove();
  });

  it('places a floating card at once, and sends the launcher home when nothing floats', () => {
    setBody('<p>page</p>');
    const { host, container } = shadowHost();
    const layer = createHighlightLayer(container);
    const launcher = document.createElement('button');
    container.append(launcher);
    const move = vi.fn();
    layer.launcher(launcher, 'bottom-right', move);
    const card = document.createElement('section');
    container.append(card);
    const release = layer.float('card', card);
    // Placed in the same task (no frame with the card at a default place).
    expect(card.hasAttribute('data-placed')).toBe(true);
    expect(card.style.left).toMatch(/px$/);
    release();
    expect(move).toHaveBeenLastCalledWith(null);
    layer.destroy();
    host.remove();
  });

  it('follows its own boxes resizing only a few times in a row (no flicker loop)', () => {
    setBody('<p>page</p>');
    let nextFrame: (() => void) | null = null;
    const resizeCallbacks: (() => void)[] = [];
    // A window whose frames and resize notices the test drives by hand.
    const win = Object.create(window, {
      visualViewport: { value: null },
      innerWidth: { value: 1280 },
      innerHeight: { value: 900 },
      requestAnimationFrame: { value: (callback: () => void) => ((nextFrame = callback), 1) },
      cancelAnimationFrame: { value: () => (nextFrame = null) },
      ResizeObserver: {
        value: class {
          constructor(callback: () => void) {
            resizeCallbacks.push(callback);
          }
          observe() {}
          disconnect() {}
        },
      },
    }) as Window;
    const { host, container } = shadowHost();
    const layer = createHighlightLayer(container, win);
    const card = document.createElement('section');
    container.append(card);
    // A card whose text changes length with each placement: shown short, it reports a lot of
    // text; given room for it, little — each placement asks for the other one.
    const text = document.createElement('div');
    text.dataset.scroll = '';
    card.append(text);
    const shown = () => Number.parseFloat(card.style.maxHeight) || 0;
    Object.defineProperty(card, 'offsetHeight', { get: shown });
    Object.defineProperty(text, 'clientHeight', { get: shown });
    Object.defineProperty(text, 'scrollHeight', { get: () => (shown() === 300 ? 2000 : 300) });
    Object.defineProperty(card, 'offsetWidth', { get: () => 400 });
    layer.float('card', card);
    const writes = () => card.style.cssText;
    let changes = 0;
    for (let round = 0; round < 20; round += 1) {
      const before = writes();
      for (const callback of resizeCallbacks) callback();
      const frame = nextFrame as (() => void) | null;
      nextFrame = null;
      frame?.();
      if (writes() !== before) changes += 1;
    }
    expect(changes).toBeLessThanOrEqual(5);
    layer.destroy();
    host.remove();
  });
});
