import { describe, expect, it, vi } from 'vitest';
import type { HighlightLayer } from './layer';
import { reportPointerHandlers } from './report-pointer';
import { setBody } from '@/tests/kits/dom';

function fakeLayer() {
  const layer = {
    current: null as Element | null,
    highlight: vi.fn((element: Element) => void (layer.current = element)),
    clearHighlight: vi.fn(() => void (layer.current = null)),
  };
  return layer;
}

describe('the report pointer in the overlay', () => {
  it('points at the place without dimming the page, and says when the element is not there', async () => {
    setBody('<button id="send">보내기</button>');
    const layer = fakeLayer();
    const handlers = reportPointerHandlers(document, layer as unknown as HighlightLayer);
    expect(await handlers['overlay:highlight']!({ target: ['#send'], label: '찾은 곳 1/2' })).toEqual({ shown: true });
    expect(layer.highlight).toHaveBeenCalledWith(document.getElementById('send'), { label: '찾은 곳 1/2', dim: false });
    expect(await handlers['overlay:highlight']!({ target: ['#gone'] })).toEqual({ shown: false });
    expect(await handlers['overlay:highlight']!({ target: ['#send'] })).toEqual({ shown: true });
    expect(await handlers['overlay:unhighlight']!({})).toEqual({ cleared: true });
    expect(layer.current).toBeNull();
  });

  it('goes away when the person presses on the page, not when they press in our own UI', async () => {
    setBody('<p id="text">안내</p><dotbogi-overlay></dotbogi-overlay>');
    const layer = fakeLayer();
    const handlers = reportPointerHandlers(document, layer as unknown as HighlightLayer);
    await handlers['overlay:highlight']!({ target: ['#text'] });
    document.querySelector('dotbogi-overlay')!.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(layer.current).not.toBeNull();
    document.getElementById('text')!.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true }));
    expect(layer.clearHighlight).toHaveBeenCalled();
    expect(layer.current).toBeNull();
  });
});
