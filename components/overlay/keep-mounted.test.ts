import { describe, expect, it } from 'vitest';
import { keepMounted } from './keep-mounted';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keepMounted', () => {
  it('puts the host back when the page removes it, until stopped', async () => {
    const host = document.createElement('dotbogi-overlay');
    document.documentElement.append(host);
    const stop = keepMounted(host, document);
    host.remove();
    await settle();
    expect(host.parentElement).toBe(document.documentElement);
    stop();
    host.remove();
    await settle();
    expect(host.isConnected).toBe(false);
  });

  it('gives up against a page that keeps removing it', async () => {
    const host = document.createElement('dotbogi-overlay');
    document.documentElement.append(host);
    const stop = keepMounted(host, document, { maxRestores: 3 });
    for (let round = 0; round < 5; round++) {
      host.remove();
      await settle();
    }
    expect(host.isConnected).toBe(false);
    stop();
  });
});
