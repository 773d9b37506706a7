import type { JourneyCheck } from '../journey-check-types';

/** Purposes that are asked again on purpose (re-authentication) and not "redundant entry". */
const EXEMPT = new Set(['password']);

/** The same information asked on more than one page of a journey (compared by field purpose, never by value). */
export const check: JourneyCheck = {
  meta: {
    id: 'redundant-entry',
    title: { ko: '같은 정보를 두 번 입력하게 함', en: 'The same information is asked twice' },
    rationale: {
      ko: '이미 입력한 이름·주소·연락처를 다시 물으면 손이 불편한 사용자와 어르신이 지치고 틀리기 쉽습니다. 앞 단계의 값을 채워 주거나 선택하게 해야 합니다.',
      en: 'Asking again for a name, address or phone already given tires older and motor-impaired users and invites errors; carry it over.',
    },
    source: 'KWCAG 2.2 3.3.4 (NIA); WCAG 3.3.7',
    threshold: 'one field purpose (from autocomplete, name or label) asked on two or more pages',
    kwcag: ['3.3.4'],
    wcag: ['3.3.7'],
    personas: ['older', 'motor', 'low-literacy', 'migrant'],
    severity: 'moderate',
  },
  run(pages) {
    const askedOn = new Map<string, number[]>();
    pages.forEach((page, index) => {
      for (const purpose of new Set(page.facts.fields.map((field) => field.purpose))) {
        if (EXEMPT.has(purpose)) continue;
        askedOn.set(purpose, [...(askedOn.get(purpose) ?? []), index]);
      }
    });
    if (askedOn.size === 0) return { outcome: 'inapplicable', places: [], summary: 'no form fields in the journey' };
    const repeated = [...askedOn].filter(([, indexes]) => indexes.length > 1);
    if (repeated.length === 0) return { outcome: 'passed', places: [], summary: `${askedOn.size} purposes, each asked once` };
    const places = repeated.flatMap(([purpose, indexes]) =>
      indexes.slice(1).map((page) => ({ page, message: `"${purpose}" asked again (first on step ${indexes[0]! + 1})` })),
    );
    return { outcome: 'failed', places, summary: `asked more than once: ${repeated.map(([purpose]) => purpose).join(', ')}` };
  },
};
