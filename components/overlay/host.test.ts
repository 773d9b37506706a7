import { afterEach, describe, expect, it } from 'vitest';
import { createOverlayHost } from './host';
import { OVERLAY_HOST_NAME } from '@/utils/overlay/frame-markers';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createOverlayHost', () => {
  afterEach(() => document.querySelectorAll(OVERLAY_HOST_NAME).forEach((element) => element.remove()));

  it('mounts last in <html>, outside <body>, and comes back when the page deletes it', async () => {
    const host = createOverlayHost(document, '.launcher { color: red; }');
    host.mount();
    expect(document.documentElement.lastElementChild).toBe(host.element);
    host.element.remove();
    await settle();
    expect(host.element.parentElement).toBe(document.documentElement);
    host.remove();
    await settle();
    expect(host.element.isConnected).toBe(false);
  });

  it('keeps keys typed in our UI from the page', () => {
    const host = createOverlayHost(document, '');
    host.mount();
    const input = host.container.appendChild(document.createElement('input'));
    const seen: string[] = [];
    const record = (event: KeyboardEvent) => seen.push(event.key);
    document.addEventListener('keydown', record);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', bubbles: true }));
    document.removeEventListener('keydown', record);
    expect(seen).toEqual(['b']);
    host.remove();
  });
});
