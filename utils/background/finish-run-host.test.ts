import { describe, expect, it, vi } from 'vitest';
import { createFinisher, FINISH_RUN_PAGE } from './finish-run-host';
import { FINISH_RUN_MESSAGE } from '@/utils/audit/finish-run';

const packed = { encoding: 'gzip+base64' as const, data: 'x' };

function chromium(reply: unknown) {
  const sent: unknown[] = [];
  const created: unknown[] = [];
  let open = false;
  const browser = {
    runtime: {
      getURL: (path: string) => `chrome-extension://id${path}`,
      sendMessage: vi.fn(async (message: unknown) => {
        sent.push(message);
        return reply;
      }),
      getContexts: vi.fn(async () => (open ? [{}] : [])),
    },
    offscreen: {
      createDocument: vi.fn(async (parameters: unknown) => {
        created.push(parameters);
        open = true;
      }),
      closeDocument: vi.fn(async () => undefined),
    },
  };
  return { browser, sent, created };
}

describe('where axe.finishRun runs', () => {
  it('in Chromium, in one offscreen document of our own, opened once', async () => {
    const { browser, sent, created } = chromium({ ok: true, value: { slim: '{}', packed } });
    const finish = createFinisher(browser as never, {});
    expect(await finish('[1]')).toEqual({ slim: '{}', packed });
    await finish('[2]');
    expect(created).toEqual([expect.objectContaining({ url: FINISH_RUN_PAGE.slice(1) })]);
    expect(sent).toEqual([
      { type: FINISH_RUN_MESSAGE, partials: '[1]' },
      { type: FINISH_RUN_MESSAGE, partials: '[2]' },
    ]);
  });

  it("says why when the document's finishRun failed", async () => {
    const { browser } = chromium({ ok: false, error: 'axe exploded' });
    await expect(createFinisher(browser as never, {})('[]')).rejects.toThrow('axe exploded');
  });
});
