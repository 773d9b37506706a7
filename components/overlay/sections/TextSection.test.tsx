import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, within } from '@testing-library/preact';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { OverlayContext, type OverlayServices } from '@/components/overlay/overlay-context';
import { checkOfficialSite } from '@/utils/sites/official-check';
import { DEFAULT_SETTINGS, defaultSiteSettings } from '@/utils/storage/items';
import { textSection } from './TextSection';

/** The section at a zoom the user made with the browser (Ctrl +/−), not with our buttons. */
async function renderAtZoom(zoomPercent: number) {
  const services: OverlayServices = {
    runtime: { sendMessage: vi.fn(async () => ({ ok: true, value: {} })) },
    win: window,
    settings: DEFAULT_SETTINGS,
    site: { ...defaultSiteSettings('https://www.gov.kr'), zoomPercent },
    official: checkOfficialSite('https://www.gov.kr'),
    pageKey: 0,
    announce: vi.fn(),
    updateSite: vi.fn(async () => undefined),
    updateSettings: vi.fn(async () => undefined),
  };
  const i18n = createI18n('ko', await loadResources('ko', ['common', 'overlay']));
  const { container } = render(
    <I18nProvider i18n={i18n}>
      <OverlayContext.Provider value={services}>
        <textSection.Component />
      </OverlayContext.Provider>
    </I18nProvider>,
  );
  const ui = within(container as HTMLElement);
  const button = (name: string) => ui.getByRole('button', { name, exact: true }) as HTMLButtonElement;
  return { ui, button, updateSite: services.updateSite };
}

describe('TextSection at a browser zoom between our steps', () => {
  it('shows 110 % and steps to the next size up or down', async () => {
    const { ui, button, updateSite } = await renderAtZoom(110);
    ui.getByText('지금 크기: 110%');
    fireEvent.click(button('크게'));
    expect(updateSite).toHaveBeenLastCalledWith({ zoomPercent: 125 });
    fireEvent.click(button('작게'));
    expect(updateSite).toHaveBeenLastCalledWith({ zoomPercent: 100 });
  });

  it('below 100 % offers only bigger (to 100 %) and back to normal size', async () => {
    const { ui, button, updateSite } = await renderAtZoom(67);
    ui.getByText('지금 크기: 67%');
    expect(button('작게').disabled).toBe(true);
    expect(button('원래 크기').disabled).toBe(false);
    fireEvent.click(button('크게'));
    expect(updateSite).toHaveBeenLastCalledWith({ zoomPercent: 100 });
  });

  it('above 200 % offers only smaller (to 200 %)', async () => {
    const { ui, button, updateSite } = await renderAtZoom(250);
    ui.getByText('지금 크기: 250%');
    expect(button('크게').disabled).toBe(true);
    fireEvent.click(button('작게'));
    expect(updateSite).toHaveBeenLastCalledWith({ zoomPercent: 200 });
  });
});
