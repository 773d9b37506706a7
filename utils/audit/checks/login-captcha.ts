import type { Check } from '../check-types';
import { textOf } from '../check-types';
import type { Confidence, Evidence } from '../types';

const CAPTCHA = /captcha|자동\s*입력\s*방지|보안\s*문자|자동등록방지|그림의\s*(?:문자|숫자)|recaptcha|hcaptcha/i;
const ALTERNATIVE = /음성|소리|듣기|audio|listen|간편\s*인증|다른\s*방법|another\s*way|인증서/i;

/** CAPTCHAs and memory or transcription tests at login (KWCAG 3.3.3 / WCAG 3.3.8). */
export const check: Check = {
  meta: {
    id: 'login-captcha',
    source: 'KWCAG 2.2 3.3.3 (NIA); WCAG 3.3.8',
    threshold: 'a CAPTCHA or a password field that blocks paste; failed without an audio or alternative method',
    kwcag: ['3.3.3'],
    wcag: ['3.3.8'],
    personas: ['older', 'low-vision', 'screen-reader', 'low-literacy', 'migrant'],
    severity: 'serious',
    // Found by names and words; whether the alternative truly works needs a person.
    confidence: 'likely',
    evidence: ['captchaHint', 'captchaText', 'pasteBlocked', 'alternative', 'noAlternative'],
  },
  run(document, _window, { scan }) {
    const nodes: { element: Element; message: string; evidence: Evidence; confidence?: Confidence }[] = [];
    for (const element of document.querySelectorAll('img, canvas, iframe, input, div[class], div[id]')) {
      const hints = `${element.id} ${element.getAttribute('class') ?? ''} ${element.getAttribute('src') ?? ''} ${element.getAttribute('alt') ?? ''} ${element.getAttribute('name') ?? ''}`;
      const words = CAPTCHA.exec(hints)?.[0];
      if (words) nodes.push({ element, message: 'CAPTCHA', evidence: { key: 'captchaHint', values: { words }, matched: [words] } });
    }
    for (const run of scan.text) {
      const words = run.element.children.length === 0 ? CAPTCHA.exec(run.element.textContent ?? '')?.[0] : undefined;
      if (nodes.length < 20 && words) {
        nodes.push({
          element: run.element,
          message: 'CAPTCHA instructions',
          evidence: { key: 'captchaText', values: { words }, matched: [words] },
        });
      }
    }
    for (const field of document.querySelectorAll('input[type=password][onpaste], input[type=password][oncopy]')) {
      const event = field.hasAttribute('onpaste') ? 'onpaste' : 'oncopy';
      nodes.push({
        element: field,
        message: 'password field blocks paste (memory test)',
        evidence: { key: 'pasteBlocked', values: { event }, matched: [event] },
        confidence: 'certain',
      });
    }
    const hasLogin = document.querySelector('input[type=password]') !== null;
    if (nodes.length === 0) {
      return hasLogin
        ? { outcome: 'passed', nodes: [], summary: 'login without CAPTCHA' }
        : { outcome: 'inapplicable', nodes: [], summary: 'no login or CAPTCHA' };
    }
    const alternatives = scan.interactive.flatMap((element) => ALTERNATIVE.exec(textOf(element))?.[0] ?? []);
    const words = [...new Set(alternatives)].slice(0, 3);
    return words.length > 0
      ? {
          outcome: 'needs-review',
          nodes,
          summary: `${nodes.length} CAPTCHA/memory element(s); an alternative may exist`,
          evidence: [{ key: 'alternative', values: { words: words.join(', ') }, matched: words }],
        }
      : {
          outcome: 'failed',
          nodes,
          summary: `${nodes.length} CAPTCHA/memory element(s); no alternative found`,
          evidence: [{ key: 'noAlternative', values: { count: nodes.length } }],
        };
  },
};
