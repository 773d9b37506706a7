import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { OverlayContext, type OverlayServices } from '@/components/overlay/overlay-context';
import { checkOfficialSite } from '@/utils/sites/official-check';
import { DEFAULT_SETTINGS, defaultSiteSettings, helperSettingsItem } from '@/utils/storage/items';
import { HighlightLayerContext, type HighlightLayer } from '@/components/overlay/layer';
import { FieldHelper } from './FieldHelper';

/** The layer that places the callout (its placement has its own tests: layer/placement.test.ts). */
const layer = {
  highlight: () => undefined,
  clearHighlight: () => undefined,
  keepClear: () => undefined,
  float: () => () => undefined,
  launcher: () => () => undefined,
  guideField: null,
  destroy: () => undefined,
  current: null,
} as HighlightLayer;

const services: OverlayServices = {
  runtime: { sendMessage: async () => ({ ok: true, value: {} }) },
  win: window,
  settings: DEFAULT_SETTINGS,
  site: defaultSiteSettings('https://www.gov.kr'),
  official: checkOfficialSite('https://www.gov.kr'),
  pageKey: 0,
  announce: () => undefined,
  updateSite: async () => undefined,
  updateSettings: async () => undefined,
};

function pageFixture(html: string) {
  const main = document.createElement('main');
  main.append(...Array.from(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.childNodes));
  document.body.append(main);
  return main;
}

/** Renders the helper the way the overlay does: inside our own shadow root, outside <body>. */
async function renderHelper(language = 'ko') {
  const host = document.createElement('dotbogi-overlay');
  document.documentElement.append(host);
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  const i18n = createI18n(language, await loadResources(language, ['common', 'overlay']));
  render(
    <I18nProvider i18n={i18n}>
      <OverlayContext.Provider value={services}>
        <HighlightLayerContext.Provider value={layer}>
          <FieldHelper />
        </HighlightLayerContext.Provider>
      </OverlayContext.Provider>
    </I18nProvider>,
    { container },
  );
  return { host, ui: within(container), container };
}

afterEach(() => {
  document.body.replaceChildren();
  document.querySelectorAll('dotbogi-overlay').forEach((host) => host.remove());
});

describe('the field helper', () => {
  it('explains the focused field beside it, with the page’s own label in 「」, and passes axe', async () => {
    const page = pageFixture('<label for="rrn">주민등록번호</label><input id="rrn" name="juminNo" inputmode="numeric" required>');
    const { ui, container } = await renderHelper();
    page.querySelector('input')!.focus();
    const callout = await ui.findByRole('group');
    expect(callout.textContent).toContain('「주민등록번호」');
    expect(callout.textContent).toContain('앞 6자리는 생년월일');
    expect(callout.textContent).toContain('숫자만 쓰세요');
    expect(callout.textContent).toContain('꼭 써야 하는 칸');
    const results = await axe.run(container);
    expect(results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))).toEqual([]);
  });

  it('speaks the user’s language next to the exact Korean label', async () => {
    const page = pageFixture('<label for="zip">우편번호</label><input id="zip"> <button type="button">주소 검색</button>');
    const { ui } = await renderHelper('en');
    page.querySelector('input')!.focus();
    const callout = await ui.findByRole('group');
    expect(callout.textContent).toContain('Postal code');
    expect(callout.textContent).toContain('「우편번호」');
    expect(callout.textContent).toContain('Press the 「주소 검색」 button');
    expect(callout.querySelector('[lang="ko"]')?.textContent).toBe('「우편번호」');
  });

  it('never shows what the user typed', async () => {
    const page = pageFixture('<label for="rrn">주민등록번호</label><input id="rrn" placeholder="주민등록번호">');
    const { ui, container } = await renderHelper();
    const input = page.querySelector('input')!;
    input.focus();
    fireEvent.input(input, { target: { value: '900101-1234567' } });
    input.blur();
    input.focus();
    await ui.findByRole('group');
    expect(container.textContent).not.toContain('1234567');
  });

  it('hides on blur, closes with its button or Esc, and gives focus back to the field', async () => {
    const page = pageFixture('<label for="a">성명</label><input id="a"><label for="b">이메일</label><input id="b" type="email">');
    const { ui } = await renderHelper();
    const [name, email] = Array.from(page.querySelectorAll('input'));
    name!.focus();
    await ui.findByRole('group');
    name!.blur();
    await waitFor(() => expect(ui.queryByRole('group')).toBeNull());

    email!.focus();
    const close = await ui.findByRole('button', { name: '설명 닫기' });
    fireEvent.click(close);
    await waitFor(() => expect(ui.queryByRole('group')).toBeNull());
    expect(document.activeElement).toBe(email);

    name!.focus();
    const callout = await ui.findByRole('group');
    fireEvent.keyDown(callout, { key: 'Escape' });
    await waitFor(() => expect(ui.queryByRole('group')).toBeNull());
  });

  it('keeps the callout while focus is on its close button, and hides it when focus moves on into the rest of our UI', async () => {
    const page = pageFixture('<label for="a">성명</label><input id="a">');
    const { ui, container } = await renderHelper();
    const other = document.createElement('button');
    other.textContent = '다른 단추';
    container.append(other);
    page.querySelector('input')!.focus();
    const close = await ui.findByRole('button', { name: '설명 닫기' });
    close.focus();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ui.queryByRole('group')).not.toBeNull();
    other.focus();
    await waitFor(() => expect(ui.queryByRole('group')).toBeNull());
  });

  it('says nothing for fields it cannot help with, and nothing at all when switched off', async () => {
    const page = pageFixture(
      '<input type="checkbox" id="c"><label for="s">사유</label><textarea id="s"></textarea><label for="n">성명</label><input id="n">',
    );
    const { ui } = await renderHelper();
    page.querySelector<HTMLInputElement>('#c')!.focus();
    page.querySelector<HTMLTextAreaElement>('#s')!.focus();
    expect(ui.queryByRole('group')).toBeNull();

    await helperSettingsItem.setValue({ fieldHelper: false, hardWords: false });
    await new Promise((resolve) => setTimeout(resolve, 10));
    page.querySelector<HTMLInputElement>('#n')!.focus();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ui.queryByRole('group')).toBeNull();
  });

  it('never changes the page', async () => {
    const page = pageFixture('<label for="p">휴대전화</label><input id="p" type="tel">');
    const before = page.outerHTML;
    const { ui } = await renderHelper();
    page.querySelector('input')!.focus();
    await ui.findByRole('group');
    expect(page.outerHTML).toBe(before);
  });
});
