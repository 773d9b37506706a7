import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { checkOfficialSite } from '@/utils/sites/official-check';
import { DEFAULT_SETTINGS, defaultSiteSettings } from '@/utils/storage/items';
import { createHighlightLayer, HighlightLayerContext } from './layer';
import { OverlayApp, type OverlayControls } from './OverlayApp';
import { setBody } from '@/tests/kits/dom';

async function renderOverlay(language = 'ko', url = 'https://www.gov.kr/portal') {
  const sent: { type: string; payload: Record<string, unknown> }[] = [];
  const sendMessage = vi.fn(async (message: unknown) => {
    const { type, payload } = message as { type: string; payload: Record<string, unknown> };
    sent.push({ type, payload });
    const replies: Record<string, unknown> = { 'zoom:set': { percent: payload.percent }, 'guides:list': { guides: [] } };
    return { ok: true, value: replies[type] ?? {} };
  });
  const host = document.createElement('dotbogi-overlay');
  document.documentElement.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  // As in start-overlay: the layer and the app are siblings, so Preact never diffs the layer.
  const layer = createHighlightLayer(shadow);
  const container = document.createElement('div');
  shadow.append(container);
  const i18n = createI18n(language, await loadResources(language, ['common', 'overlay', 'glossary']));
  const controls: OverlayControls = { toggle: () => undefined, locationChanged: () => undefined };
  render(
    <I18nProvider i18n={i18n}>
      <HighlightLayerContext.Provider value={layer}>
        <OverlayApp
          runtime={{ sendMessage }}
          win={window}
          initialSettings={DEFAULT_SETTINGS}
          initialSite={defaultSiteSettings(new URL(url).origin)}
          official={checkOfficialSite(url)}
          controls={controls}
        />
      </HighlightLayerContext.Provider>
    </I18nProvider>,
    { container },
  );
  return { ui: within(container), container, sent, controls, layer, host };
}

const seriousOrWorse = (violations: axe.Result[]) =>
  violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);

afterEach(() => {
  document.body.replaceChildren();
  document.querySelectorAll('dotbogi-overlay').forEach((element) => element.remove());
});

describe('OverlayApp', () => {
  it('opens the panel from the launcher, and Esc closes it and returns focus to the launcher', async () => {
    const { ui } = await renderOverlay();
    const launcher = ui.getByRole('button', { name: /돋보기 도움말/ });
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(launcher);
    const dialog = ui.getByRole('dialog', { name: '돋보기 도움말' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(ui.getByRole('button', { name: '닫기' }), { key: 'Escape' });
    await waitFor(() => expect(ui.queryByRole('dialog')).toBeNull());
    expect((launcher.getRootNode() as ShadowRoot).activeElement).toBe(launcher);
  });

  it('toggles from the keyboard command', async () => {
    const { ui, controls } = await renderOverlay();
    controls.toggle();
    await waitFor(() => ui.getByRole('dialog'), { timeout: 3000 });
    controls.toggle();
    await waitFor(() => expect(ui.queryByRole('dialog')).toBeNull(), { timeout: 3000 });
  });

  it('keeps 돋보기 in the launcher name in other languages, tagged as Korean', async () => {
    const { ui } = await renderOverlay('vi');
    const launcher = ui.getByRole('button', { name: /Trợ giúp Dotbogi/ });
    expect(launcher.textContent).toContain('돋보기');
    expect(launcher.querySelector('[lang="ko"]')!.textContent).toBe('돋보기');
  });

  it('moves the launcher to the next corner and asks the background to remember it', async () => {
    const { ui, container, sent } = await renderOverlay();
    fireEvent.click(ui.getByRole('button', { name: /돋보기/ }));
    fireEvent.click(ui.getByRole('button', { name: '자리 옮기기' }));
    await waitFor(() => expect(container.querySelector('.dotbogi-root')!.getAttribute('data-corner')).toBe('bottom-left'));
    expect(sent).toContainEqual({ type: 'settings:update', payload: { launcherCorner: 'bottom-left' } });
    ui.getByText('돋보기 단추를 화면 왼쪽 아래로 옮겼어요.');
  });

  it('opens the address-check section first, with a badge on the launcher, on a suspicious site', async () => {
    const { ui } = await renderOverlay('ko', 'http://gov-kr.com/login');
    const launcher = ui.getByRole('button', { name: /돋보기 도움말 주의/ });
    fireEvent.click(launcher);
    ui.getByText('조심하세요! 진짜 정부 누리집이 아닐 수 있어요');
  });

  it.each(['ko', 'en', 'ar'])(
    'has no serious or critical axe violations with every section open (%s)',
    { timeout: 20_000 },
    async (language) => {
      setBody(
        '<main><h1>주민등록표 등본</h1><form><label>이름 <input required></label><button type="submit">신청하기</button></form></main>',
      );
      const { ui, container } = await renderOverlay(language);
      fireEvent.click(container.querySelector('.launcher')!);
      for (const toggle of ui.getAllByRole('button', { expanded: false })) {
        if (toggle.closest('.section-title')) fireEvent.click(toggle);
      }
      await waitFor(() => expect(container.querySelectorAll('.section-title [aria-expanded="false"]')).toHaveLength(0));
      const root = container.querySelector('.dotbogi-root')!;
      expect(root.getAttribute('dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect(container.querySelectorAll('.section-title [aria-expanded="true"]').length).toBeGreaterThanOrEqual(6);
      const results = await axe.run(root, { resultTypes: ['violations'] });
      expect(results.passes.map((rule) => rule.id)).toContain('button-name');
      expect(seriousOrWorse(results.violations)).toEqual([]);
    },
  );
});
