import type { Check } from '../check-types';
import { textOf } from '../check-types';
import type { Confidence, Evidence } from '../types';

const INSTALLER = /\.(?:exe|msi|dmg|pkg|apk|cab)(?:[?#]|$)/i;
const INSTALL_WORDS =
  /보안\s*프로그램|프로그램\s*설치|설치\s*(?:프로그램|파일)|플러그인|플러그-인|plug-?in|activex|액티브\s*x|install(?:er)?\b|키보드\s*보안|방화벽\s*프로그램/i;

/** Pages that ask the user to install software (security programs, plug-ins, installers). */
export const check: Check = {
  meta: {
    id: 'required-install',
    source: 'Dotbogi research; Korean e-government plug-in removal policy',
    threshold: 'any installer link (.exe, .msi, .dmg, .pkg, .apk), plug-in object, or install prompt text',
    kwcag: [],
    wcag: [],
    personas: ['older', 'low-literacy', 'migrant', 'screen-reader'],
    severity: 'serious',
    confidence: 'certain',
    evidence: ['installer', 'installWords', 'plugin'],
  },
  run(document, _window, { scan }) {
    const nodes: { element: Element; message: string; evidence: Evidence; confidence?: Confidence }[] = [];
    // Words that ask for an install are a strong hint, not proof (a page may only explain them).
    const asks = (element: Element) => {
      const words = INSTALL_WORDS.exec(textOf(element))?.[0] ?? '';
      return {
        element,
        message: 'asks to install software',
        evidence: { key: 'installWords', values: { words }, matched: [words] },
        confidence: 'likely' as const,
      };
    };
    for (const link of scan.links) {
      const file = INSTALLER.exec(link.getAttribute('href') ?? '');
      if (file) {
        const extension = file[0].replace(/[?#]$/, '');
        nodes.push({
          element: link,
          message: 'links to an installer',
          evidence: { key: 'installer', values: { extension }, matched: [extension] },
        });
      } else if (INSTALL_WORDS.test(textOf(link))) nodes.push(asks(link));
    }
    for (const element of document.querySelectorAll('object[classid], embed[type^="application/x-"], object[type^="application/x-"]')) {
      const kind = element.getAttribute('type') ?? element.getAttribute('classid') ?? '';
      nodes.push({
        element,
        message: 'plug-in object',
        evidence: { key: 'plugin', values: { tag: element.localName, kind }, matched: [kind] },
      });
    }
    for (const element of scan.interactive) {
      if (element.localName !== 'a' && INSTALL_WORDS.test(textOf(element))) nodes.push(asks(element));
    }
    const count = nodes.length;
    return count > 0
      ? { outcome: 'failed', nodes: nodes.slice(0, 50), summary: `${count} install prompt(s)` }
      : { outcome: 'passed', nodes: [], summary: 'no install prompt found' };
  },
};
