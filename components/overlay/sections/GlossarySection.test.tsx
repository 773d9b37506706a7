import type { FunctionComponent } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { OverlayContext, type OverlayServices } from '@/components/overlay/overlay-context';
import { HighlightLayerContext, type HighlightLayer } from '@/components/overlay/layer';
import { checkOfficialSite } from '@/utils/sites/official-check';
import { DEFAULT_SETTINGS, defaultSiteSettings } from '@/utils/storage/items';
import { glossarySection } from './GlossarySection';
import { fieldHelperSection } from './FieldHelperSection';

function pageFixture(html: string) {
  const main = document.createElement('main');
  main.append(...Array.from(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes));
  document.body.append(main);
  return main;
}

async function renderSection(Section: FunctionComponent, language = 'ko') {
  const sendMessage = vi.fn(async (_message: unknown) => ({ ok: true, value: { fieldHelper: true, hardWords: true } }));
  const announce = vi.fn();
  const layer = { highlight: vi.fn(), clearHighlight: vi.fn(), destroy: vi.fn(), current: null } as unknown as HighlightLayer;
  const services: OverlayServices = {
    runtime: { sendMessage },
    win: window,
    settings: DEFAULT_SETTINGS,
    site: defaultSiteSettings('https://www.gov.kr'),
    official: checkOfficialSite('https://www.gov.kr'),
    pageKey: 0,
    announce,
    updateSite: async () => undefined,
    updateSettings: async () => undefined,
  };
  const host = document.createElement('dotbogi-overlay');
  document.documentElement.append(host);
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  const i18n = createI18n(language, await loadResources(language, ['common', 'overlay', 'glossary']));
  render(
    <I18nProvider i18n={i18n}>
      <OverlayContext.Provider value={services}>
        <HighlightLayerContext.Provider value={layer}>
          <div class="dotbogi-root" lang={language}>
            <Section />
          </div>
        </HighlightLayerContext.Provider>
      </OverlayContext.Provider>
    </I18nProvider>,
    { container },
  );
  return { ui: within(container), container, sendMessage, announce, layer };
}

const seriousOrWorse = (violations: axe.Result[]) =>
  violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));

afterEach(() => {
  document.body.replaceChildren();
  document.querySelectorAll('dotbogi-overlay').forEach((host) => host.remove());
});

describe('이 페이지의 어려운 말', () => {
  it('lists the page’s hard words with plain explanations, as keyboard-operable buttons, and passes axe', async () => {
    pageFixture('<h1>주민등록표 등본 발급</h1><p>수수료는 없습니다. 등본을 다시 보려면 누르세요.</p>');
    const { ui, container, layer, announce } = await renderSection(glossarySection.Component);
    const button = await ui.findByRole('button', { name: /주민등록표 등본/ });
    expect(ui.getAllByRole('listitem').map((item) => item.querySelector('button')!.textContent)).toEqual([
      '「주민등록표 등본」',
      '「발급」',
      '「수수료」',
    ]);
    expect(button.getAttribute('aria-describedby')).toBe('dotbogi-term-deungbon');
    expect(container.querySelector('#dotbogi-term-deungbon')!.textContent).toBe('우리 집에 함께 사는 가족이 누구인지 보여 주는 서류예요.');

    button.focus();
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    const [range, options] = vi.mocked(layer.highlight).mock.calls[0]!;
    expect(String(range)).toBe('주민등록표 등본');
    expect(options?.label).toContain('우리 집에 함께 사는 가족');
    expect(announce).toHaveBeenCalledWith(expect.stringContaining('「주민등록표 등본」'));

    expect(seriousOrWorse((await axe.run(container)).violations)).toEqual([]);
  });

  it('shows the term and explanation in the user’s language next to the Korean term', async () => {
    pageFixture('<p>전입신고를 하세요.</p>');
    const { ui, container } = await renderSection(glossarySection.Component, 'en');
    const button = await ui.findByRole('button', { name: /전입신고/ });
    expect(button.querySelector('[lang="ko"]')!.textContent).toBe('「전입신고」');
    expect(button.textContent).toMatch(/move-in/i);
    expect(container.querySelector('#dotbogi-term-jeonipSingo')!.textContent).toMatch(/new address/i);
  });

  it('says so when the page has no hard words', async () => {
    pageFixture('<p>안녕하세요.</p>');
    const { ui } = await renderSection(glossarySection.Component);
    await ui.findByText('이 페이지에서 어려운 말을 찾지 못했어요.');
  });

  it('turns page marking on through the background', async () => {
    pageFixture('<p>등본</p>');
    const { ui, sendMessage } = await renderSection(glossarySection.Component);
    fireEvent.click(ui.getByRole('checkbox', { name: '페이지의 어려운 말에 밑줄 긋기' }));
    await waitFor(() => expect(sendMessage).toHaveBeenCalledWith({ dotbogi: 1, type: 'helpers:update', payload: { hardWords: true } }));
  });
});

describe('입력 칸 도움말 switch', () => {
  it('is a labelled checkbox, on by default, that writes through the background', async () => {
    const { ui, sendMessage, announce, container } = await renderSection(fieldHelperSection.Component);
    const box = (await ui.findByRole('checkbox', { name: '입력 칸 도움말 보이기' })) as HTMLInputElement;
    await waitFor(() => expect(box.checked).toBe(true));
    fireEvent.click(box);
    await waitFor(() => expect(sendMessage).toHaveBeenCalledWith({ dotbogi: 1, type: 'helpers:update', payload: { fieldHelper: false } }));
    await waitFor(() => expect(announce).toHaveBeenCalledWith('입력 칸 도움말을 껐어요.'));
    expect(seriousOrWorse((await axe.run(container)).violations)).toEqual([]);
  });
});
