import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import type { FunctionComponent } from 'preact';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { OverlayContext, type OverlayServices } from '@/components/overlay/overlay-context';
import { HighlightLayerContext, type HighlightLayer } from '@/components/overlay/layer';
import { checkOfficialSite } from '@/utils/sites/official-check';
import { DEFAULT_SETTINGS, defaultSiteSettings } from '@/utils/storage/items';
import { pageSection } from './PageSection';
import { textSection } from './TextSection';
import { readAloudSection } from './ReadAloudSection';
import { officialSection } from './OfficialSection';
import { helpSection } from './HelpSection';
import { settingsSection } from './SettingsSection';
import { SECTIONS } from '.';
import { setBody } from '@/tests/kits/dom';

async function renderSection(Component: FunctionComponent, overrides: Partial<OverlayServices> = {}, win: Window = window) {
  const sendMessage = vi.fn(async (_message: unknown) => ({ ok: true, value: {} }));
  const layer = { highlight: vi.fn(), clearHighlight: vi.fn(), destroy: vi.fn(), current: null } as unknown as HighlightLayer;
  const services: OverlayServices = {
    runtime: { sendMessage },
    win,
    settings: DEFAULT_SETTINGS,
    site: defaultSiteSettings('https://www.gov.kr'),
    official: checkOfficialSite('https://www.gov.kr'),
    pageKey: 0,
    announce: vi.fn(),
    updateSite: vi.fn(async () => undefined),
    updateSettings: vi.fn(async () => undefined),
    ...overrides,
  };
  const host = document.createElement('dotbogi-overlay');
  document.documentElement.append(host);
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  const i18n = createI18n('ko', await loadResources('ko', ['common', 'overlay']));
  render(
    <I18nProvider i18n={i18n}>
      <OverlayContext.Provider value={services}>
        <HighlightLayerContext.Provider value={layer}>
          <div class="dotbogi-root" lang="ko">
            <Component />
          </div>
        </HighlightLayerContext.Provider>
      </OverlayContext.Provider>
    </I18nProvider>,
    { container },
  );
  return { ui: within(container), container, services, layer, sendMessage };
}

async function expectAxeClean(container: Element) {
  const results = await axe.run(container, { resultTypes: ['violations'] });
  expect(
    results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => violation.id),
  ).toEqual([]);
}

afterEach(() => {
  document.body.replaceChildren();
  document.querySelectorAll('dotbogi-overlay').forEach((element) => element.remove());
});

describe('the section registry', () => {
  it('has unique ids and a title for each section, with ours in it', () => {
    const ids = SECTIONS.map((section) => section.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['page', 'text', 'read', 'official', 'help', 'settings']));
  });
});

describe('PageSection', () => {
  it('lists the page’s actions and points at one on the layer when asked', async () => {
    document.title = '등본 발급';
    setBody(
      '<main><h1>등본 발급</h1><form aria-label="신청서"><label>이름 <input required></label><button type="submit">신청하기</button></form></main>',
    );
    const { ui, layer, services, container } = await renderSection(pageSection.Component);
    ui.getByText('「신청하기」');
    ui.getByText('쓸 칸 1개 · 꼭 쓸 칸 1개');
    fireEvent.click(ui.getByRole('button', { name: '신청하기 보여주기' }));
    expect(layer.highlight).toHaveBeenCalledWith(document.querySelector('button'), { label: '신청하기' });
    expect(services.announce).toHaveBeenCalledWith('「신청하기」 있는 곳을 화면에 표시했어요.');
    await expectAxeClean(container);
  });
});

describe('TextSection', () => {
  it('zooms in 25 % steps, switches spacing and contrast, and marks the pressed choice', async () => {
    const { ui, services, container } = await renderSection(textSection.Component, {
      site: { ...defaultSiteSettings('https://www.gov.kr'), zoomPercent: 125, contrast: 'high' },
    });
    ui.getByText('지금 크기: 125%');
    fireEvent.click(ui.getByRole('button', { name: '크게' }));
    expect(services.updateSite).toHaveBeenCalledWith({ zoomPercent: 150 });
    fireEvent.click(ui.getByRole('button', { name: '작게' }));
    expect(services.updateSite).toHaveBeenCalledWith({ zoomPercent: 100 });
    fireEvent.click(ui.getByRole('button', { name: '줄과 글자 사이 넓히기' }));
    expect(services.updateSite).toHaveBeenCalledWith({ textSpacing: true });
    expect(ui.getByRole('button', { name: '검은 바탕에 흰 글자' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(ui.getByRole('button', { name: '어두운 화면' }));
    expect(services.updateSite).toHaveBeenCalledWith({ contrast: 'dark' });
    await expectAxeClean(container);
  });

  it('cannot zoom past 200 %', async () => {
    const { ui } = await renderSection(textSection.Component, { site: { ...defaultSiteSettings('https://www.gov.kr'), zoomPercent: 200 } });
    expect((ui.getByRole('button', { name: '크게' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('ReadAloudSection', () => {
  it('says plainly when the device has no voice for the page language', async () => {
    document.documentElement.lang = 'ko';
    setBody('<main><p>안내 문장입니다.</p></main>');
    const synth = {
      getVoices: () => [],
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      speak: vi.fn(),
      cancel: vi.fn(),
      pause: vi.fn(),
      resume: vi.fn(),
    };
    const win = Object.create(window, { speechSynthesis: { value: synth }, document: { value: document } }) as Window;
    const { ui, container } = await renderSection(readAloudSection.Component, {}, win);
    fireEvent.click(ui.getByRole('button', { name: '이 페이지 읽어 주기' }));
    await waitFor(() => ui.getByText(/이 기기에는 한국어 읽어 주는 목소리가 없어요/), { timeout: 3000 });
    expect(synth.speak).not.toHaveBeenCalled();
    await expectAxeClean(container);
  });

  it('reads the main text chunk by chunk with the chosen rate, highlighting each, and stops', async () => {
    document.documentElement.lang = 'ko';
    setBody('<main><h1>등본</h1><p>첫 문장입니다. 둘째 문장입니다.</p></main>');
    const spoken: { text: string; rate: number; onend: (() => void) | null }[] = [];
    const synth = {
      getVoices: () => [{ lang: 'ko-KR', name: 'Yuna', localService: true, default: true }],
      speak: vi.fn((utterance: { text: string; rate: number; onend: (() => void) | null }) => spoken.push(utterance)),
      cancel: vi.fn(),
      pause: vi.fn(),
      resume: vi.fn(),
    };
    class Utterance {
      lang = '';
      rate = 1;
      voice = null;
      onend = null;
      onerror = null;
      constructor(readonly text: string) {}
    }
    const win = Object.create(window, {
      speechSynthesis: { value: synth },
      SpeechSynthesisUtterance: { value: Utterance },
      document: { value: document },
    }) as Window;
    const { ui, layer } = await renderSection(readAloudSection.Component, { settings: { ...DEFAULT_SETTINGS, speechRate: 0.8 } }, win);
    fireEvent.click(ui.getByRole('button', { name: '이 페이지 읽어 주기' }));
    await waitFor(() => expect(spoken).toHaveLength(1));
    expect(spoken[0]).toMatchObject({ text: '등본', rate: 0.8 });
    ui.getByText('2개 문단 중 1번째를 읽고 있어요');
    spoken[0]!.onend!();
    await waitFor(() => expect(spoken[1]!.text).toBe('첫 문장입니다.'));
    expect(layer.highlight).toHaveBeenCalledTimes(2);
    fireEvent.click(ui.getByRole('button', { name: '멈추기' }));
    expect(synth.cancel).toHaveBeenCalled();
    await waitFor(() => expect(ui.queryByRole('button', { name: '멈추기' })).toBeNull());
  });
});

describe('OfficialSection', () => {
  it('confirms an official site by name', async () => {
    const { ui } = await renderSection(officialSection.Component, { official: checkOfficialSite('https://www.nhis.or.kr/') });
    ui.getByText('공식 정부 누리집입니다');
    ui.getByText('국민건강보험공단 누리집이에요. 주소: www.nhis.or.kr');
  });

  it('warns plainly on a lookalike, naming the real address and what to do', async () => {
    const { ui, container } = await renderSection(officialSection.Component, {
      official: checkOfficialSite('http://g0v.kr/login', { hasPasswordField: true }),
    });
    ui.getByText('조심하세요! 진짜 정부 누리집이 아닐 수 있어요');
    ui.getByText('진짜 정부 주소 「gov.kr」와 한두 글자만 달라요.');
    ui.getByText(/비밀번호를 묻고 있어요/);
    ui.getByText('주민등록번호, 비밀번호, 카드번호를 쓰지 마세요.');
    await expectAxeClean(container);
  });
});

describe('HelpSection', () => {
  it('on a computer: every line with whom it serves, the number large as plain text, and "휴대전화로 거세요"', async () => {
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => undefined);
    const { ui, container } = await renderSection(helpSection.Component);
    fireEvent.click(ui.getByRole('button', { name: '이전 화면으로' }));
    expect(back).toHaveBeenCalled();
    // A computer cannot dial: no tel: links, and the person is told to use their phone.
    expect(container.querySelector('a[href^="tel:"]')).toBeNull();
    ui.getByText('컴퓨터로는 걸 수 없어요. 휴대전화로 거세요.');
    const lines = [...container.querySelectorAll('.contacts li')].map((line) => ({
      name: line.querySelector('.contact-name')!.textContent,
      who: line.querySelector('.contact-who')!.textContent,
      number: line.querySelector('.phone')!.textContent,
    }));
    expect(lines).toEqual([
      { name: '정부민원안내콜센터', who: '정부 민원이 궁금한 누구나', number: '110' },
      { name: '외국인종합안내센터', who: '한국에 사는 외국인 누구나', number: '1345' },
      { name: '다누리콜센터', who: '결혼이민자와 다문화가족', number: '1577-1366' },
    ]);
    // 1345 names its languages, Vietnamese and Nepali among them.
    expect(container.querySelector('[data-contact="foreigner1345"]')!.textContent).toMatch(/쓸 수 있는 말: .*베트남어.*네팔어/);
    await expectAxeClean(container);
  });

  it('on a phone: each number is a tel: link', async () => {
    const phone = Object.create(window, {
      navigator: { value: { userAgent: 'Mozilla/5.0 (Linux; Android 14) Mobile', userAgentData: { mobile: true } } },
    }) as Window;
    const { ui, container } = await renderSection(helpSection.Component, {}, phone);
    expect(ui.getByRole('link', { name: '110 전화하기' }).getAttribute('href')).toBe('tel:110');
    expect(ui.getByRole('link', { name: '1345 전화하기' }).getAttribute('href')).toBe('tel:1345');
    expect(ui.getByRole('link', { name: '1577-1366 전화하기' }).getAttribute('href')).toBe('tel:15771366');
    expect(ui.queryByText('컴퓨터로는 걸 수 없어요. 휴대전화로 거세요.')).toBeNull();
    await expectAxeClean(container);
  });
});

describe('SettingsSection', () => {
  it('asks before turning Dotbogi off for the site, then tells the background', async () => {
    const { ui, sendMessage } = await renderSection(settingsSection.Component);
    fireEvent.click(ui.getByRole('button', { name: '이 누리집에서 끄기' }));
    expect(sendMessage).not.toHaveBeenCalled();
    fireEvent.click(ui.getByRole('button', { name: '네, 끌게요' }));
    expect(sendMessage).toHaveBeenCalledWith({ dotbogi: 1, type: 'site:disable', payload: { origin: window.location.origin } });
  });
});
