import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchFingerprint, waitForMatch } from './matcher';
import { DEMO_SITE, parseHtml } from '@/tests/tools/validate-guides';
import { measureAccuracy } from '@/tests/kits/guides/accuracy';
import { mutateDocument, STANDARD_VARIANTS } from '@/tests/kits/guides/mutations';
import type { Fingerprint } from './schema';

/** Replaces the test page's body (parsed, never assigned as markup). */
function setBody(markup: string) {
  document.body.replaceChildren(...Array.from(new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body.childNodes));
}

const demo = (file: string) => parseHtml(readFileSync(join(DEMO_SITE, file), 'utf8'), `http://demo.gov.kr/${file}`);

const nameField: Fingerprint = {
  role: 'textbox',
  label: '신청인 이름',
  id: 'applicant-name',
  nameAttr: 'name',
  tag: 'input',
  heading: '신청인 정보',
};
const issueButton: Fingerprint = {
  role: 'button',
  name: '발급하기',
  id: 'confirm-submit',
  tag: 'button',
  type: 'submit',
  landmark: 'form',
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('matcher on the demo site', () => {
  it('finds the same field on both twins, though their markup differs', () => {
    for (const twin of ['before', 'after']) {
      const result = matchFingerprint(demo(`${twin}/resident-copy/apply.html`), nameField);
      expect(result.element?.getAttribute('name')).toBe('name');
      expect(result.score).toBeGreaterThan(0.9);
    }
  });

  it('finds a "button" that the older copy made from a <div onclick>', () => {
    const result = matchFingerprint(demo('before/family/confirm.html'), issueButton);
    expect(result.element?.tagName).toBe('DIV');
    expect(result.element?.textContent).toBe('발급하기');
  });

  it('accepts nothing on a page without the element (the notice board)', () => {
    for (const twin of ['before', 'after']) {
      expect(matchFingerprint(demo(`${twin}/notice/list.html`), nameField).element).toBeNull();
      expect(matchFingerprint(demo(`${twin}/notice/list.html`), issueButton).element).toBeNull();
    }
  });

  it('still finds the target after each kind of mutation, and never another element', () => {
    for (const variant of STANDARD_VARIANTS) {
      const doc = demo('after/resident-copy/apply.html');
      const truth = matchFingerprint(doc, nameField).element;
      mutateDocument(doc, variant.kinds, variant.seed);
      const found = matchFingerprint(doc, nameField).element;
      expect([truth, null]).toContain(found);
      if (variant.kinds.length === 1) expect(found, variant.name).toBe(truth);
    }
  }, 60_000);

  it('is mutation-robust across whole guides: ≥ 95 % found, no wrong element accepted', () => {
    const report = measureAccuracy({ guideIds: ['resident-copy', 'move-in'], variants: STANDARD_VARIANTS.slice(-2), skipUnrelated: true });
    expect(report.total).toBeGreaterThan(30);
    expect(report.wrong).toBe(0);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});

describe('matcher rules', () => {
  it('refuses to choose between two equally good candidates', () => {
    setBody('<form><button type="submit">신청하기</button><button type="submit">신청하기</button></form>');
    const result = matchFingerprint(document, { role: 'button', name: '신청하기', tag: 'button' });
    expect(result.element).toBeNull();
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.margin).toBe(0);
  });

  it('refuses a weak match even when it is the only candidate', () => {
    setBody('<button type="button">도움말</button>');
    expect(matchFingerprint(document, { role: 'button', name: '신청하기', id: 'apply-submit', tag: 'button' }).element).toBeNull();
  });

  it('looks into open shadow roots', () => {
    const host = document.createElement('gov-widget');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    button.textContent = '주소 검색';
    root.append(button);
    expect(matchFingerprint(document, { role: 'button', name: '주소 검색', tag: 'button' }).element).toBe(button);
  });

  it('never matches inside our own UI', () => {
    const host = document.createElement('dotbogi-overlay');
    document.body.append(host);
    const button = document.createElement('button');
    button.textContent = '주소 검색';
    host.attachShadow({ mode: 'open' }).append(button);
    expect(matchFingerprint(document, { role: 'button', name: '주소 검색', tag: 'button' }).element).toBeNull();
  });

  it('waits a bounded time for an element that appears late', async () => {
    const late = waitForMatch(document, { role: 'button', name: '발급하기', tag: 'button' }, { timeoutMs: 5000 });
    setTimeout(() => {
      const button = document.createElement('button');
      button.textContent = '발급하기';
      document.body.append(button);
    }, 100);
    expect((await late).element?.textContent).toBe('발급하기');
    const never = await waitForMatch(document, { role: 'button', name: '없는 버튼', tag: 'button' }, { timeoutMs: 200 });
    expect(never.element).toBeNull();
  }, 20_000);
});
