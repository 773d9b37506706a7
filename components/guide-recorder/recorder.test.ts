import { afterEach, describe, expect, it } from 'vitest';
import { captureNextClick, guideCommandHandlers } from '@/components/guides/capture';
import { exportDraft, pathGlob } from './draft';

/** Replaces the test page's body (parsed, never assigned as markup). */
function setBody(markup: string) {
  document.body.replaceChildren(...Array.from(new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body.childNodes));
}

afterEach(() => document.body.replaceChildren());

describe('guide recorder', () => {
  it('captures the fingerprint of the next clicked control, without following it', async () => {
    setBody(
      '<main><form><label for="n">신청인 이름</label><input id="n" name="name"><a href="next.html" id="go"><span>신청하기</span></a></form></main>',
    );
    const captured = captureNextClick(document, 1000);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    document.querySelector('#go span')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(await captured).toMatchObject({ tag: 'a', role: 'link', name: '신청하기', id: 'go', href: 'next.html', landmark: 'form' });
    // After the capture, clicks are the page's again.
    const later = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('#go')!.dispatchEvent(later);
    expect(later.defaultPrevented).toBe(false);
  });

  it('captures a field through its label, and Esc cancels', async () => {
    setBody('<form><label for="n">신청인 이름</label><input id="n" name="name"></form>');
    const captured = captureNextClick(document, 1000);
    document.querySelector('label')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(await captured).toMatchObject({ tag: 'input', name: '신청인 이름', nameAttr: 'name' });
    const cancelled = captureNextClick(document, 1000);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(await cancelled).toBeNull();
  });

  it('answers a live test with the match confidence', () => {
    setBody('<button type="submit" id="apply">신청하기</button>');
    const test = guideCommandHandlers(document)['guide:test']!;
    expect(test({ fingerprint: { role: 'button', name: '신청하기', tag: 'button' } })).toMatchObject({ found: true });
    expect(test({ fingerprint: { role: 'button', name: '도움말', tag: 'button' } })).toMatchObject({ found: false });
  });

  it('exports a valid guide file and its Korean strings, or says what is wrong', () => {
    const step = {
      action: 'click' as const,
      fingerprint: { role: 'button', name: '신청하기', tag: 'button' },
      path: pathGlob('https://www.gov.kr/a/b/apply.html'),
      label: '신청하기',
      text: '「신청하기」 버튼을 누르세요.',
    };
    const good = exportDraft({ id: 'my-task', host: 'www.gov.kr', title: '내 일', steps: [step] });
    expect(good.parsed.ok).toBe(true);
    expect(step.path).toBe('*/b/apply.html');
    expect(good.strings).toEqual({
      'my-task': { title: '내 일', summary: '내 일', steps: { 'step-1': { text: '「신청하기」 버튼을 누르세요.' } } },
    });
    const bad = exportDraft({ id: 'my-task', host: 'www.gov.kr', title: '', steps: [{ ...step, fingerprint: null }] });
    expect(bad.parsed.ok ? [] : bad.parsed.problems.map((problem) => problem.path)).toEqual(['steps[0].target']);
  });
});
