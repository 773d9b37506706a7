import { afterEach, describe, expect, it, vi } from 'vitest';
import { configure, fireEvent, render, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { OverlayContext, type OverlayServices } from '@/components/overlay/overlay-context';
import { HighlightLayerContext, type HighlightLayer } from '@/components/overlay/layer';
import { checkOfficialSite } from '@/utils/sites/official-check';
import { DEFAULT_SETTINGS, defaultSiteSettings, guideProgressItem } from '@/utils/storage/items';
import { startProgress } from '@/utils/guides/runner';
import type { Guide } from '@/utils/guides/schema';
import copyGuide from '@/utils/guides/data/resident-copy.json';
import { GuideRunner } from './GuideRunner';
import { GuidesSection } from './GuidesSection';

const guide = copyGuide as Guide;

// The machine running the suite may be busy: waiting is about correctness here, not speed.
vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 10_000 });

const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

/** The demo form's first fields, as a page the overlay sits on. */
function page() {
  setUrl('https://demo.gov.kr/after/resident-copy/apply.html');
  const form = document.createElement('form');
  const label = document.createElement('label');
  label.htmlFor = 'applicant-name';
  label.textContent = '신청인 이름 (필수)';
  const input = document.createElement('input');
  input.id = 'applicant-name';
  input.name = 'name';
  input.dataset.label = '신청인 이름';
  const legend = document.createElement('h2');
  legend.textContent = '신청인 정보';
  form.append(legend, label, input);
  document.body.append(form);
  return { input };
}

async function mount(Component: () => unknown, language = 'ko', guides: Guide[] = [guide]) {
  const sent: { type: string; payload: unknown }[] = [];
  const sendMessage = vi.fn(async (message: unknown) => {
    const { type, payload } = message as { type: string; payload: { progress?: unknown } };
    sent.push({ type, payload });
    if (type === 'guides:list') return { ok: true, value: { guides, rejected: [] } };
    if (type === 'guide:progress') {
      await guideProgressItem.setValue((payload.progress ?? null) as never);
      return { ok: true, value: payload.progress };
    }
    if (type === 'friction:update') return { ok: true, value: { enabled: false, runs: [] } };
    return { ok: true, value: { recorded: false } };
  });
  const layer = {
    highlight: vi.fn(),
    clearHighlight: vi.fn(),
    keepClear: vi.fn(),
    float: vi.fn(() => () => undefined),
    launcher: vi.fn(() => () => undefined),
    guideField: null,
    destroy: vi.fn(),
    current: null,
  } as unknown as HighlightLayer;
  const services: OverlayServices = {
    runtime: { sendMessage },
    win: window,
    settings: DEFAULT_SETTINGS,
    site: defaultSiteSettings('https://demo.gov.kr'),
    official: checkOfficialSite('https://demo.gov.kr'),
    pageKey: 0,
    announce: vi.fn(),
    updateSite: async () => undefined,
    updateSettings: async () => undefined,
  };
  const host = document.createElement('dotbogi-overlay');
  document.documentElement.append(host);
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  const i18n = createI18n(language, await loadResources(language, ['common', 'overlay', 'guides']));
  const View = Component as () => null;
  render(
    <I18nProvider i18n={i18n}>
      <OverlayContext.Provider value={services}>
        <HighlightLayerContext.Provider value={layer}>
          <div class="dotbogi-root" lang={language}>
            <View />
          </div>
        </HighlightLayerContext.Provider>
      </OverlayContext.Provider>
    </I18nProvider>,
    { container },
  );
  return { ui: within(container), container, sent, layer };
}

const seriousOrWorse = (violations: axe.Result[]) =>
  violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));

afterEach(() => {
  document.body.replaceChildren();
  document.querySelector('dotbogi-overlay')?.remove();
});

describe('the guide card', () => {
  it('resumes saved progress on this page: the step, its Korean label, progress and a highlight', async () => {
    const { input } = page();
    await guideProgressItem.setValue(startProgress(guide, Date.now(), 'run1'));
    const { ui, container, layer } = await mount(GuideRunner);
    // Saved at "open the menu", but this is the form: the guide moves on to the name field.
    await ui.findByText('2 / 11');
    expect(ui.getByRole('region', { name: '주민등록표 등본 떼기' }).textContent).toContain('「신청인 이름」 칸에 이름을 쓰세요.');
    await waitFor(() =>
      expect(layer.highlight).toHaveBeenCalledWith(input, expect.objectContaining({ label: '「신청인 이름」', dim: true })),
    );
    // The card is handed to the layer, which places it with the arrow, clear of the target.
    expect(layer.float).toHaveBeenCalledWith('card', container.querySelector('.guide-card'));
    // Step changes are announced politely.
    expect(ui.getByRole('status').textContent).toContain('2단계: 「신청인 이름」 칸에 이름을 쓰세요.');
    const results = await axe.run(container);
    expect(seriousOrWorse(results.violations)).toEqual([]);
  });

  it('says the action word once in Vietnamese, with a drawn icon rather than an emoji', async () => {
    page();
    await guideProgressItem.setValue({ ...startProgress(guide, Date.now(), 'run-vi'), stepId: 'name' });
    const { ui, container } = await mount(GuideRunner, 'vi');
    await ui.findByText('2 / 11');
    const line = container.querySelector('.step-text')!;
    expect(line.textContent).toBe('Nhập họ tên vào 「신청인 이름」.');
    expect(line.querySelector('.action-tag svg')).not.toBeNull();
    expect(line.textContent).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('advances when the user does the step on the page, and stops on request', async () => {
    const { input } = page();
    await guideProgressItem.setValue({ ...startProgress(guide, Date.now(), 'run2'), stepId: 'name' });
    const { ui, sent, container } = await mount(GuideRunner);
    await ui.findByText('2 / 11');
    await waitFor(() => expect(sent.some((message) => message.type === 'guides:list')).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    input.value = '홍길동';
    fireEvent.change(input);
    await ui.findByText('3 / 11');
    expect(sent.filter((message) => message.type === 'guide:progress').at(-1)!.payload).toMatchObject({
      progress: { stepId: 'birth', history: ['name'] },
    });
    fireEvent.click(ui.getByRole('button', { name: '이전 단계' }));
    await ui.findByText('2 / 11');
    fireEvent.click(ui.getByRole('button', { name: '안내 그만하기' }));
    await waitFor(() => expect(ui.queryByText('2 / 11')).toBeNull());
    expect(ui.getByRole('status').textContent).toBe('안내를 멈췄어요.');
    // What a screen reader hears is on screen too: the card that replaces the step says it.
    expect(container.querySelector('.guide-card.outcome')!.textContent).toContain('안내를 멈췄어요.');
  });

  it('keeps the next step’s field clear of the card on a step of several fields, and only there', async () => {
    for (const advance of ['manual', undefined] as const) {
      page();
      const birth = document.createElement('input');
      birth.id = 'applicant-birth';
      birth.name = 'birth';
      birth.dataset.label = '생년월일';
      birth.setAttribute('aria-label', '생년월일');
      document.querySelector('form')!.append(birth);
      const several = { ...guide, steps: guide.steps.map((step) => (step.id === 'name' ? { ...step, advance } : step)) } as Guide;
      await guideProgressItem.setValue({ ...startProgress(several, Date.now(), `run-${advance}`), stepId: 'name' });
      const { ui, layer } = await mount(GuideRunner, 'ko', [several]);
      await ui.findByText('2 / 11');
      await waitFor(() => expect(layer.highlight).toHaveBeenCalled());
      const zones = vi.mocked(layer.keepClear).mock.calls.flatMap(([elements]) => elements);
      expect(zones.includes(birth), `advance: ${advance}`).toBe(advance === 'manual');
      document.body.replaceChildren();
      document.querySelector('dotbogi-overlay')?.remove();
    }
  });

  it('shows the step without pointing, and a way out, when the element cannot be found', async () => {
    setUrl('https://demo.gov.kr/after/resident-copy/apply.html');
    await guideProgressItem.setValue({ ...startProgress(guide, Date.now(), 'run3'), stepId: 'purpose' });
    const { ui, layer, container } = await mount(GuideRunner, 'en');
    await ui.findByText('6 / 11');
    await ui.findByText("I can't find it. Please look for it on the screen.", undefined, { timeout: 15_000 });
    expect(layer.highlight).not.toHaveBeenCalled();
    const stuck = ui.getByRole('button', { name: "I'm stuck" });
    fireEvent.click(stuck);
    expect(stuck.getAttribute('aria-expanded')).toBe('true');
    // The phone lines, with the number to dial from a phone (this is a computer: no tel: links).
    const help = container.querySelector<HTMLElement>('#dotbogi-guide-stuck')!;
    expect(help.hidden).toBe(false);
    expect([...help.querySelectorAll('.phone')].map((number) => number.textContent)).toEqual(['110', '1345', '1577-1366']);
  });
});

describe('도와 드릴 일 (panel section)', () => {
  it('lists the guides for this site and starts one', async () => {
    page();
    const { ui, container, sent } = await mount(GuidesSection);
    const start = await ui.findByRole('button', { name: '주민등록표 등본 떼기: 시작하기' });
    expect(ui.getByText('11단계')).toBeTruthy();
    // Friction signals are off until the user turns them on.
    expect((ui.getByRole('checkbox', { name: '막힌 곳 기록하기' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(start);
    await waitFor(() => expect(sent.some((message) => message.type === 'guide:progress')).toBe(true));
    expect(sent.find((message) => message.type === 'guide:progress')!.payload).toMatchObject({
      progress: { guideId: 'resident-copy', stepId: 'open' },
    });
    const results = await axe.run(container);
    expect(seriousOrWorse(results.violations)).toEqual([]);
  });
});
