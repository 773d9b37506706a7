import { describe, expect, it, vi } from 'vitest';
import { render, waitFor } from '@testing-library/preact';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import type { JourneyStatus } from '@/utils/messaging/replies';
import { send } from '@/utils/messaging/send';
import { JourneyPanel } from './JourneyPanel';

vi.mock('@/utils/messaging/send', () => ({ send: vi.fn() }));

const recording = (pages: string[]): JourneyStatus =>
  ({
    journey: { id: 'j', name: '등본 발급', status: 'recording', pages, startedAt: '2026-12-07T00:00:00.000Z' },
    auditing: false,
    tabOpen: true,
  }) as unknown as JourneyStatus;

describe('JourneyPanel', () => {
  it('tells the saved list when the recording journey gains a page, without a press', async () => {
    let status = recording(['p1']);
    vi.mocked(send).mockImplementation(async () => status);
    const onChange = vi.fn();
    const i18n = createI18n('ko', await loadResources('ko', ['common', 'audit']));
    render(
      <I18nProvider i18n={i18n}>
        <JourneyPanel onChange={onChange} />
      </I18nProvider>,
    );
    await waitFor(() => expect(send).toHaveBeenCalled());
    expect(onChange).not.toHaveBeenCalled();
    status = recording(['p1', 'p2']);
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1), { timeout: 4000 });
  });
});
