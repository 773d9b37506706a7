import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import axe from 'axe-core';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { StudioApp } from './StudioApp';
import { sourceHash, translationHash } from '@/utils/i18n/hashes';

async function renderStudio(language = 'vi') {
  const sendMessage = vi.fn(async (_message: unknown) => ({ ok: true, value: { updatedAt: 1 } }));
  const i18n = createI18n('ko', await loadResources('ko', ['common', 'studio', 'settings', 'overlay']));
  const view = render(
    <I18nProvider i18n={i18n}>
      <StudioApp runtime={{ sendMessage }} initialLanguage={language} />
    </I18nProvider>,
  );
  // Loading every namespace of three languages takes a moment on a busy machine.
  await screen.findByRole('heading', { name: /Tiếng Việt/ }, { timeout: 10_000 });
  return { ...view, sendMessage };
}

function chooseFile(text: string) {
  const input = screen.getByLabelText('번역 파일 불러오기') as HTMLInputElement;
  const file = new File([text], 'dotbogi-vi.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const bundle = (strings: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'dotbogi-locale', version: 1, language: 'vi', strings, sourceHashes: {}, ...extra });
const savedDrafts = (sendMessage: ReturnType<typeof vi.fn>) =>
  sendMessage.mock.calls.map(([message]) => message as { type: string }).filter((message) => message.type === 'studio:saveDraft');

// The studio loads every namespace of three languages and axe checks it: slow on a shared machine.
describe('the translator studio', { timeout: 30_000 }, () => {
  it('shows progress per namespace and the Korean source, English helper and context note side by side', async () => {
    const { container } = await renderStudio();
    const progress = within(screen.getByRole('region', { name: /Tiếng Việt/ }));
    expect(progress.getByText(/^\s*settings: (\d+) \/ \1 · 검토 0 \/ \1$/)).toBeTruthy();
    const close = screen.getByLabelText('번역', { selector: '#string-common-close' }) as HTMLTextAreaElement;
    expect(close.value).toBe('Đóng');
    const row = close.closest('li')!;
    expect(row.textContent).toContain('닫기');
    expect(row.textContent).toContain('Close');
    expect(row.textContent).toContain('Button that closes the help panel');
    const results = await axe.run(container, { rules: { region: { enabled: false } } });
    expect(results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))).toEqual([]);
  });

  it.each([
    ['broken JSON', '{ "format": "dotbogi-locale", ', '파일을 읽을 수 없습니다'],
    ['markup', bundle({ common: { close: '<img src=x onerror=alert(1)>' } }), 'vi/common.json › close'],
    ['a missing placeholder', bundle({ common: { error: 'Lỗi' } }), 'vi/common.json › error'],
    ['a wrong plural form', bundle({ studio: { import: { done_one: '{{count}}' } } }), 'vi/studio.json › import.done_one'],
    [
      'a translated 「」 label (the website’s own button)',
      bundle({ guides: { 'move-in': { steps: { details: { why: 'Xong thì nhấn 「Bước tiếp」.' } } } } }),
      'vi/guides.json › move-in.steps.details.why',
    ],
  ])('rejects an imported file with %s, naming the key and the problem', async (_what, text, where) => {
    const { sendMessage } = await renderStudio();
    chooseFile(text);
    await screen.findByText('불러오지 않았습니다. 아래를 고쳐 주세요.');
    expect(screen.getByRole('status').textContent).toContain(where);
    expect(savedDrafts(sendMessage)).toEqual([]);
  });

  it('says which markup was refused', async () => {
    await renderStudio();
    chooseFile(bundle({ common: { close: '<img src=x onerror=alert(1)>' } }));
    await screen.findByText(/태그나 스크립트는 쓸 수 없습니다: <img src=x onerror=alert\(1\)>/);
  });

  it('imports a correct file into the draft, through the background', async () => {
    const { sendMessage } = await renderStudio();
    chooseFile(bundle({ common: { close: 'Đóng lại' } }));
    await screen.findByText('문장 1개를 불러왔습니다.');
    expect(savedDrafts(sendMessage)).toEqual([
      {
        dotbogi: 1,
        type: 'studio:saveDraft',
        payload: { language: 'vi', draft: { strings: { common: { close: 'Đóng lại' } }, sourceHashes: {}, reviews: {}, reviewer: '' } },
      },
    ]);
    expect((screen.getByLabelText('번역', { selector: '#string-common-close' }) as HTMLTextAreaElement).value).toBe('Đóng lại');
  });

  it('checks as you type, and the live preview renders markup as text, never as HTML', async () => {
    await renderStudio();
    const close = screen.getByLabelText('번역', { selector: '#string-common-close' });
    fireEvent.input(close, { target: { value: '<b onclick=x>Đóng</b>' } });
    await screen.findByText(/태그나 스크립트는 쓸 수 없습니다/);
    expect(close.getAttribute('aria-invalid')).toBe('true');
    const preview = screen.getByTestId('studio-preview').shadowRoot!;
    await waitFor(() => expect(preview.textContent).toContain('<b onclick=x>Đóng</b>'));
    expect(preview.querySelector('b')).toBeNull();
  });

  it('checks spelling mechanics as you type: a doubled space, a letter from another script', async () => {
    await renderStudio();
    const close = screen.getByLabelText('번역', { selector: '#string-common-close' });
    fireEvent.input(close, { target: { value: 'Đóng  lại' } });
    await screen.findByText('띄어쓰기가 두 칸 이상 있습니다. 한 칸만 띄우세요.');
    fireEvent.input(close, { target: { value: 'Đóng лại' } });
    await screen.findByText(/“л”은\(는\) 이 언어에서 쓰지 않는 글자\(Cyrillic\)입니다/);
    expect(close.getAttribute('aria-invalid')).toBe('true');
  });

  it('points at a term rendered differently from the glossary, with the glossary’s words', async () => {
    await renderStudio();
    fireEvent.change(screen.getByLabelText('영역'), { target: { value: 'guides' } });
    const title = await screen.findByLabelText('번역', { selector: '#string-guides-resident-copy-title' });
    expect((title as HTMLTextAreaElement).value).toBe('Cấp bản sao hộ khẩu (등본)');
    fireEvent.input(title, { target: { value: 'Cấp bản sao đăng ký cư trú (등본)' } });
    await screen.findByText('용어집에서 등본은(는) “bản sao hộ khẩu”(으)로 옮깁니다. 여기서도 같은 말을 써 주세요.');
  });

  it('shows the website’s words in 「」 as locked chips, inserts one on request, and flags a translated one inline', async () => {
    await renderStudio();
    fireEvent.change(screen.getByLabelText('영역'), { target: { value: 'guides' } });
    const why = (await screen.findByLabelText('번역', { selector: '#string-guides-move-in-steps-details-why' })) as HTMLTextAreaElement;
    const row = within(why.closest('li')!);
    const chips = row.getAllByText('「다음 단계」', { selector: '.locked-label' });
    expect(chips[0]!.textContent).toBe('「다음 단계」 (웹사이트 글자, 번역하지 않음)');
    fireEvent.input(why, { target: { value: 'Xong thì nhấn 「Bước tiếp」.' } });
    await row.findByText('「다음 단계」은(는) 웹사이트에 있는 글자입니다. 번역하지 말고 「」까지 그대로 두세요.');
    expect(why.getAttribute('aria-invalid')).toBe('true');
    why.setSelectionRange(14, 14);
    fireEvent.click(row.getByRole('button', { name: '「다음 단계」 넣기' }));
    await waitFor(() => expect(why.value).toBe('Xong thì nhấn 「다음 단계」「Bước tiếp」.'));
  });

  it('shows the style notes for the chosen language', async () => {
    await renderStudio();
    const notes = screen.getByText('Tiếng Việt 번역 안내').closest('details')!;
    expect(notes.textContent).toContain('Gọi người đọc là “quý vị”, không dùng “bạn”');
    expect(notes.querySelector('strong')!.textContent).toBe('“quý vị”');
  });

  it('records a review under the name the volunteer chose, and drops it when the translation changes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { sendMessage } = await renderStudio();
      const close = screen.getByLabelText('번역', { selector: '#string-common-close' });
      const row = within(close.closest('li')!);
      const box = row.getByRole('checkbox', { name: '검토함' }) as HTMLInputElement;
      expect(box.disabled).toBe(true);
      expect(row.getByText(/검토했다고 표시하려면 먼저 위에 검토자 이름을 적어 주세요/)).toBeTruthy();
      fireEvent.input(screen.getByLabelText('검토자 이름'), { target: { value: 'minh' } });
      await waitFor(() => expect(box.disabled).toBe(false));
      fireEvent.click(box);
      await row.findByText(/검토: minh/);
      expect(screen.getByRole('heading', { level: 2, name: /검토 1 \/ \d+/ })).toBeTruthy();
      await vi.advanceTimersByTimeAsync(1000);
      const saved = savedDrafts(sendMessage).at(-1) as unknown as { payload: { draft: { reviewer: string; reviews: unknown } } };
      expect(saved.payload.draft.reviewer).toBe('minh');
      expect(saved.payload.draft.reviews).toEqual({
        common: { close: { by: 'minh', source: sourceHash('닫기'), translation: translationHash(['Đóng']) } },
      });
      fireEvent.input(close, { target: { value: 'Đóng lại' } });
      await waitFor(() => expect(box.checked).toBe(false));
      expect(row.queryByText(/검토: minh/)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('migrates an imported file of the old format (one hash per string), flagging what changed since, instead of refusing it', async () => {
    const { sendMessage } = await renderStudio();
    chooseFile(bundle({ common: { close: 'Đóng' } }, { sourceHashes: { common: { close: sourceHash('닫음') } } }));
    await screen.findByText('문장 1개를 불러왔습니다.');
    const close = screen.getByLabelText('번역', { selector: '#string-common-close' });
    expect(within(close.closest('li')!).getByText('번역한 뒤에 원문이 바뀌었습니다. 다시 확인해 주세요.')).toBeTruthy();
    const saved = savedDrafts(sendMessage).at(-1) as unknown as { payload: { draft: { sourceHashes: unknown } } };
    expect(saved.payload.draft.sourceHashes).toEqual({ common: { close: sourceHash('닫음') } });
  });

  it('imports the reviews in a file, and refuses one whose reviewer name carries markup', async () => {
    await renderStudio();
    const review = { by: 'lan', source: sourceHash('닫기'), translation: translationHash(['Đóng']) };
    chooseFile(bundle({ common: { close: 'Đóng' } }, { version: 2, reviewer: 'lan', reviews: { common: { close: review } } }));
    await screen.findByText('문장 1개를 불러왔습니다.');
    const close = screen.getByLabelText('번역', { selector: '#string-common-close' });
    expect(within(close.closest('li')!).getByText(/검토: lan/)).toBeTruthy();
    expect((screen.getByLabelText('검토자 이름') as HTMLInputElement).value).toBe('lan');
    chooseFile(bundle({ common: { close: 'Đóng' } }, { version: 2, reviews: { common: { close: { ...review, by: '<img onerror=x>' } } } }));
    await screen.findByText('불러오지 않았습니다. 아래를 고쳐 주세요.');
    expect(screen.getByRole('status').textContent).toContain('vi/common.json › close');
  });

  it('warns about a missing placeholder while typing, and autosaves the draft through the background', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { sendMessage } = await renderStudio();
      const error = screen.getByLabelText('번역', { selector: '#string-common-error' });
      fireEvent.input(error, { target: { value: 'Lỗi' } });
      await screen.findByText('{{message}}이(가) 빠졌습니다. 그대로 넣어 주세요.');
      await vi.advanceTimersByTimeAsync(1000);
      const saved = savedDrafts(sendMessage) as unknown as { payload: { draft: { strings: Record<string, Record<string, string>> } } }[];
      expect(saved.at(-1)!.payload.draft.strings.common).toEqual({ error: 'Lỗi' });
    } finally {
      vi.useRealTimers();
    }
  });
});
