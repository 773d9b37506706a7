import type { Check } from '../check-types';
import { textOf } from '../check-types';

const INSTALLER = /\.(?:exe|msi|dmg|pkg|apk|cab)(?:[?#]|$)/i;
const INSTALL_WORDS =
  /보안\s*프로그램|프로그램\s*설치|설치\s*(?:프로그램|파일)|플러그인|플러그-인|plug-?in|activex|액티브\s*x|install(?:er)?\b|키보드\s*보안|방화벽\s*프로그램/i;

/** Pages that ask the user to install software (security programs, plug-ins, installers). */
export const check: Check = {
  meta: {
    id: 'required-install',
    title: { ko: '프로그램 설치 요구', en: 'Software install required' },
    rationale: {
      ko: '보안 프로그램·플러그인 설치는 어르신이 가장 많이 포기하는 단계이고, 화면낭독기와 충돌하기도 합니다.',
      en: 'Installing security programs or plug-ins is where older users most often give up, and they can clash with screen readers.',
    },
    source: 'Dotbogi research; Korean e-government plug-in removal policy',
    threshold: 'any installer link (.exe, .msi, .dmg, .pkg, .apk), plug-in object, or install prompt text',
    kwcag: [],
    wcag: [],
    personas: ['older', 'low-literacy', 'migrant', 'screen-reader'],
    severity: 'serious',
  },
  run(document, _window, { scan }) {
    const nodes: { element: Element; message: string }[] = [];
    for (const link of scan.links) {
      if (INSTALLER.test(link.getAttribute('href') ?? '')) nodes.push({ element: link, message: 'links to an installer' });
      else if (INSTALL_WORDS.test(textOf(link))) nodes.push({ element: link, message: 'asks to install software' });
    }
    for (const element of document.querySelectorAll('object[classid], embed[type^="application/x-"], object[type^="application/x-"]')) {
      nodes.push({ element, message: 'plug-in object' });
    }
    for (const element of scan.interactive) {
      if (element.localName !== 'a' && INSTALL_WORDS.test(textOf(element))) nodes.push({ element, message: 'asks to install software' });
    }
    const count = nodes.length;
    return count > 0
      ? { outcome: 'failed', nodes: nodes.slice(0, 50), summary: `${count} install prompt(s)` }
      : { outcome: 'passed', nodes: [], summary: 'no install prompt found' };
  },
};
