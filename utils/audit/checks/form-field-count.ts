import type { Check } from '../check-types';

const MAX_FIELDS = 10;

/** How many questions one page asks (a radio or checkbox group counts once). */
export const check: Check = {
  meta: {
    id: 'form-field-count',
    title: { ko: '한 화면에 입력 항목이 너무 많음', en: 'Too many fields on one page' },
    rationale: {
      ko: '한 화면에 묻는 것이 많을수록 어르신과 이주민은 지치고 실수합니다. 꼭 필요한 것만 묻고 단계를 나누어야 합니다.',
      en: 'The more one page asks, the more older users and migrants tire and make mistakes; ask only what is needed, in steps.',
    },
    source: 'Dotbogi research (form length and completion); GOV.UK "one thing per page"',
    threshold: `more than ${MAX_FIELDS} questions on one page (radio/checkbox groups count once)`,
    kwcag: [],
    wcag: [],
    personas: ['older', 'low-literacy', 'migrant', 'motor'],
    severity: 'minor',
    confidence: 'certain',
    evidence: ['count'],
  },
  run(_document, _window, { scan }) {
    const questions = new Map<string, Element>();
    for (const field of scan.fields) {
      const input = field as HTMLInputElement;
      if (['submit', 'button', 'reset', 'image'].includes(input.type) || !scan.visible(field)) continue;
      const grouped = (input.type === 'radio' || input.type === 'checkbox') && input.name;
      const key = grouped ? `group:${input.name}` : `field:${questions.size}`;
      if (!questions.has(key)) questions.set(key, field);
    }
    if (questions.size === 0) return { outcome: 'inapplicable', nodes: [], summary: 'no form fields' };
    const summary = `${questions.size} questions on this page (limit ${MAX_FIELDS})`;
    const evidence = [
      {
        key: 'count',
        values: { count: questions.size, threshold: MAX_FIELDS },
        measured: { quantity: 'questions', value: questions.size, unit: 'questions', comparison: '>' as const, threshold: MAX_FIELDS },
      },
    ];
    if (questions.size <= MAX_FIELDS) return { outcome: 'passed', nodes: [], summary, evidence };
    return {
      outcome: 'failed',
      nodes: [...questions.values()].slice(0, 50).map((element) => ({ element, message: 'one of many questions' })),
      summary,
      evidence,
    };
  },
};
