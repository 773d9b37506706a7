import { afterEach, describe, expect, it, vi } from 'vitest';
import axe from 'axe-core';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { setBody } from '@/tests/kits/dom';
import type { ReadableContent } from '@/utils/easy-read/extract';
import { openEasyReadView, TEXT_SIZES, type EasyReadViewOptions } from './view';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const CONTENT: ReadableContent = {
  title: '등본 발급 안내',
  language: 'ko',
  source: 'readability',
  truncated: true,
  blocks: [
    { kind: 'heading', level: 2, text: '1. 수수료' },
    {
      kind: 'paragraph',
      inlines: [
        {
          kind: 'text',
          text: '등본은 행정복지센터를 방문하거나 무인민원발급기에서 받을 수 있으며, 우편으로 받으면 우편요금 1,520원을 내야 합니다. 자세한 것은 ',
        },
        { kind: 'action', label: '수수료 안내', role: 'link', target: null },
        { kind: 'text', text: '를 보세요.' },
      ],
    },
    {
      kind: 'table',
      caption: '방법별 수수료',
      rows: [
        [
          { text: '방법', header: true },
          { text: '등본', header: true },
        ],
        [
          { text: '방문', header: false },
          { text: '400원', header: false },
        ],
      ],
    },
    { kind: 'list', ordered: false, items: [[{ kind: 'text', text: '수수료는 현금으로 냅니다.' }]] },
  ],
};

async function open(language = 'ko', overrides: Partial<EasyReadViewOptions> = {}) {
  const i18n = createI18n(language, await loadResources(language, ['overlay', 'glossary']));
  const host = document.createElement('div');
  document.documentElement.append(host);
  const frame = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
  const options: EasyReadViewOptions = {
    frame,
    win: window,
    content: CONTENT,
    t: (key, values) => i18n.t(`overlay:${key}`, values ?? {}),
    language,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    gloss: (id) => (id === 'susuryo' ? { korean: '서류를 받거나 일을 맡길 때 내는 돈이에요.' } : null),
    speechRate: 1,
    textPx: 24,
    onTextPx: vi.fn(),
    onShow: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const view = openEasyReadView(options);
  await settle();
  return { view, options, root: frame.querySelector<HTMLElement>('.easy-read-root')!, host };
}

describe('the easy-read view', () => {
  afterEach(() => {
    document.querySelectorAll('html > div').forEach((element) => element.remove());
    delete (window as { Translator?: unknown }).Translator;
  });

  it('shows the content as a simplified copy: its notice, clauses, bold numbers, a table, hard words explained once', async () => {
    const { root } = await open();
    expect(root.querySelector('[role="dialog"]')!.getAttribute('aria-labelledby')).toBe('dotbogi-easy-read-title');
    expect(root.textContent).toContain('옮겨 적은 사본이에요');
    expect(root.textContent).toContain('앞부분만 옮겼어요');
    expect(root.querySelector('h5')!.textContent).toBe('1. 수수료');
    const lines = [...root.querySelectorAll('.er-paragraph .er-line')].map((line) => line.textContent);
    expect(lines.slice(0, 3)).toEqual([
      '등본은 행정복지센터를 방문하거나',
      '무인민원발급기에서 받을 수 있으며,',
      '우편으로 받으면 우편요금 1,520원을 내야 합니다.',
    ]);
    expect([...root.querySelectorAll('.er-number')].map((number) => number.textContent)).toEqual(['1', '1,520원', '400원']);
    expect(root.querySelector('.er-table table th[scope="col"]')!.textContent).toBe('방법');
    expect([...root.querySelectorAll('.er-gloss')].map((gloss) => gloss.textContent)).toEqual([
      '수수료: 서류를 받거나 일을 맡길 때 내는 돈이에요.',
    ]);
    // An action without a page element to point at is still shown, without 보여주기.
    expect(root.querySelector('.er-action')!.textContent).toBe('「수수료 안내」 링크');
  });

  it('points at the page’s element and hides itself; Esc closes; the text size steps and is remembered', async () => {
    setBody('<a id="go" href="/x">수수료 안내</a>');
    const target = document.getElementById('go')!;
    const content = {
      ...CONTENT,
      blocks: [{ kind: 'paragraph' as const, inlines: [{ kind: 'action' as const, label: '수수료 안내', role: 'link' as const, target }] }],
    };
    const { root, options, view } = await open('ko', { content });
    root.querySelector<HTMLButtonElement>('.er-show')!.click();
    expect(options.onShow).toHaveBeenCalledWith(target, '수수료 안내');
    expect(root.hidden).toBe(true);
    view.show();
    expect(root.hidden).toBe(false);
    const bigger = [...root.querySelectorAll('button')].find((button) => button.textContent === '글자 크게')!;
    bigger.click();
    expect(options.onTextPx).toHaveBeenCalledWith(TEXT_SIZES[2]);
    expect(root.style.getPropertyValue('--er-size')).toBe(`${TEXT_SIZES[2]}px`);
    root.querySelector('h2')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(options.onClose).toHaveBeenCalled();
    view.destroy();
    expect(root.isConnected).toBe(false);
  });

  it('translates each part on the device where the browser offers it, marked as machine translation', async () => {
    const translate = vi.fn(async (text: string) => `[vi] ${text.slice(0, 10)}`);
    (window as { Translator?: unknown }).Translator = {
      availability: vi.fn(async () => 'available'),
      create: vi.fn(async () => ({ translate })),
    };
    const { root } = await open('vi');
    // The browser answers availability() when it is ready (20 ms is not enough on a busy machine).
    const start = await vi.waitFor(() => {
      const button = root.querySelector<HTMLButtonElement>('.er-translate button');
      expect(button).not.toBeNull();
      return button!;
    });
    expect(start.textContent).toContain('Tiếng Việt');
    start.click();
    const translations = await vi.waitFor(() => {
      const found = [...root.querySelectorAll('.er-translation')];
      expect(found.length).toBe(3);
      return found;
    });
    expect(translations[0]!.getAttribute('lang')).toBe('vi');
    expect(translations[0]!.textContent).toContain('Dịch máy');
    expect(root.querySelector('.er-status')!.textContent).toContain('bản dịch máy');
  });

  it('explains the browser’s own translation where there is no on-device translator', async () => {
    const { root } = await open('vi');
    expect(root.querySelector('.er-translate')!.textContent).toContain('Dotbogi không dịch được ngay trên máy');
    expect(root.querySelector('.er-translate')!.textContent).toContain('Dotbogi không gửi nội dung trang đi đâu cả.');
  });

  for (const language of ['ko', 'en', 'ar']) {
    it(`has no serious or critical axe violations (${language})`, async () => {
      const { root } = await open(language);
      const results = await axe.run(root, { resultTypes: ['violations'] });
      expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
    });
  }
});
