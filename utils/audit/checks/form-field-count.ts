import type { Check } from '../check-types';

const MAX_FIELDS = 10;

/** How many questions one page asks (a radio or checkbox group counts once). */
export const check: Check = {
  meta: {
    id: 'form-field-count',
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
