import { describe, expect, it } from 'vitest';
import { createHighlightLayer } from './highlight-layer';
import { cutoutPath, layoutHighlight, RING_PADDING } from './geometry';
import { setBody } from '@/tests/kits/dom';

describe('layoutHighlight', () => {
  const viewport = { width: 1000, height: 800 };
  const label = { width: 200, height: 40 };

  it('rings the target with padding and points down at it when there is room above', () => {
    const geometry = layoutHighlight({ x: 400, y: 400, width: 100, height: 50 }, viewport, label);
    expect(geometry.ring).toEqual({ x: 400 - RING_PADDING, y: 400 - RING_PADDING, width: 116, height: 66 });
    expect(geometry.pointer.direction).toBe('down');
    expect(geometry.pointer.y).toBeLessThan(geometry.ring.y);
    expect(geometry.label.y + label.height).toBeLessThan(geometry.pointer.y);
  });

  it('points up from below a target at the top of the screen', () => {
    const geometry = layoutHighlight({ x: 10, y: 5, width: 100, height: 30 }, viewport, label);
    expect(geometry.pointer.direction).toBe('up');
    expect(geometry.label.y).toBeGreaterThan(geometry.ring.y + geometry.ring.height);
    expect(geometry.label.x).toBeGreaterThanOrEqual(12);
  });

  it('keeps the label inside the viewport near the right edge', () => {
    const geometry = layoutHighlight({ x: 980, y: 500, width: 15, height: 15 }, viewport, label);
    expect(geometry.label.x + label.width).toBeLessThanOrEqual(viewport.width);
  });

  it('cuts the ring out of the dimming', () => {
    expect(cutoutPath({ x: 1, y: 2, width: 3, height: 4 }, { width: 10, height: 20 })).toBe('M0 0H10V20H0ZM1 2h3v4h-3Z');
  });
});

describe('createHighlightLayer', () => {
  it('draws over a target without touching the page, and clears', () => {
    setBody('<main><button id="go" class="page-button">신청</button></main>');
    const before = document.body.innerHTML;
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    document.documentElement.append(host);
    const layer = createHighlightLayer(shadow);
    const target = document.getElementById('go')!;

    layer.highlight(target, { label: '신청 단추', scroll: false });
    const root = shadow.querySelector<HTMLElement>('.dotbogi-layer')!;
    expect(root.hidden).toBe(false);
    expect(root.getAttribute('aria-hidden')).toBe('true');
    expect(shadow.querySelector('.label')!.textContent).toBe('신청 단추');
    expect(shadow.querySelector('.ring')!.getAttribute('width')).not.toBeNull();
    expect(layer.current).toBe(target);
    expect(document.body.innerHTML).toBe(before);

    layer.clearHighlight();
    expect(root.hidden).toBe(true);
    expect(layer.current).toBeNull();
    layer.destroy();
    expect(shadow.querySelector('.dotbogi-layer')).toBeNull();
    host.remove();
  });
});
