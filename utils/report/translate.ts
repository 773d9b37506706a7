import type { CoverageStatement } from './types.ts';

/**
 * The namespaces a report reads, wherever it is shown (report page, side panel, HTML export, CLI):
 * its own strings, the rule texts (`rules:` keys, rule-text.ts) and the glossary of report terms
 * (`terms:` keys, nested in the others as `$t(terms:…)`).
 */
export const REPORT_NAMESPACES = ['report', 'rules', 'terms'] as const;

/**
 * The translation function the views and exports take: i18next's `t` fixed to the report
 * namespace, with the `rules` namespace (`rules:` keys, rule-text.ts) and the `terms` glossary
 * loaded too.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The KWCAG item statuses of the side panel's matrix (utils/audit/types.ts KwcagStatus) and of the report's cert view, each one term. */
const KWCAG_TERM: Record<string, string> = {
  pass: 'kwcag.pass',
  'automated-pass': 'kwcag.automated-pass',
  fail: 'kwcag.fail',
  'not-applicable': 'kwcag.not-applicable',
  'manual-only': 'kwcag.manual-only',
  review: 'level.review',
  'needs-review': 'level.review',
};

/** A rule's outcome on a page (the cert view's evidence): 어긋남 / 통과 / 확인 필요 / 해당 없음. */
const OUTCOME_TERM: Record<string, string> = {
  failed: 'outcome.failed',
  passed: 'outcome.passed',
  'needs-review': 'level.review',
  inapplicable: 'kwcag.not-applicable',
};

/**
 * The labels every view and export shows, in one place so they stay the same everywhere. People,
 * levels, the finding word and every status come from the `terms` glossary
 * (locales/<lang>/terms.json): the one place a term is worded; other strings nest it as
 * `$t(terms:…)`.
 */
export const labels = {
  /** A person's group standing alone (a heading, a list item, a column): the glossary's sentence form with a capital. */
  persona: (t: Translate, persona: string) => capitalised(t(`terms:persona.${persona}`)),
  /** 문제: what the report counts (one rule failing on one page). */
  finding: (t: Translate) => t('terms:finding'),
  severity: (t: Translate, severity: string) => t(`severity.${severity}`),
  /** 막힘 / 어려움 / 불편 / 확인 필요 */
  level: (t: Translate, level: string) => t(`terms:level.${level}`),
  /** 적합 / 부적합 / 해당 없음 / 확인 필요 (the report), 자동 검사 통과 / 사람만 확인 가능 (the side panel's matrix) */
  cert: (t: Translate, status: string) => t(`terms:${KWCAG_TERM[status] ?? `kwcag.${status}`}`),
  /** 어긋남 / 통과 / 확인 필요 / 해당 없음 */
  outcome: (t: Translate, outcome: string) => t(`terms:${OUTCOME_TERM[outcome] ?? `outcome.${outcome}`}`),
  /** 해결 / 개선 / 남음 / 새로 */
  change: (t: Translate, status: string) => t(`terms:compare.${status}`),
  /** 확실함 / 가능성 높음 / 사람이 확인해야 함 */
  confidence: (t: Translate, confidence: string) => t(`terms:confidence.${confidence}`),
  /** What became of a page's audit: 검사하지 못함 / 일부만 검사함 / 검사가 중단됨 */
  pageStatus: (t: Translate, status: 'not-audited' | 'partial' | 'interrupted') => t(`terms:page.${status}`),
  /** 디자인 / 개발 / 콘텐츠 / 정책 */
  role: (t: Translate, role: string) => t(`roles.${role}`),
  principle: (t: Translate, principle: string) => t(`principle.${principle}`),
  recommendation: (t: Translate, text: string) => t(`rec.${text}`),
  step: (t: Translate, index: number) => t('findings.stepLabel', { step: index + 1 }),
  /** What an automated audit leaves untested, stated for the screen sizes it ran at. */
  notTested: (t: Translate, { viewports, frameByFrame }: Pick<CoverageStatement, 'viewports' | 'frameByFrame'>): string[] => [
    ...(viewports.length > 0
      ? [
          t('coverage.notTested.viewport', {
            sizes: viewports.map((viewport) => t('coverage.viewport', { ...viewport, kind: t(`viewport.${viewport.kind}`) })).join(' · '),
          }),
        ]
      : []),
    t('coverage.notTested.hidden'),
    t('coverage.notTested.person'),
    t('coverage.notTested.redaction'),
    ...(frameByFrame > 0 ? [t('coverage.notTested.frameByFrame')] : []),
  ],
};

/**
 * A glossary word as a label: first letter capitalised. Persona names are kept in their sentence
 * form (lower-case) in terms.json because rule explanations nest them mid-sentence. None of our
 * languages capitalises a first letter differently by locale (no Turkish dotted i), and scripts
 * without case are left as they are.
 */
function capitalised(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return letter.toUpperCase() + text.slice(letter.length);
}

/**
 * The same `t`, remembering what it returned. Exports ask for the same few labels thousands of
 * times (a level, a persona, a status per row or cell), and each i18next lookup costs more than
 * writing the row.
 */
export function memoT(t: Translate): Translate {
  const memo = new Map<string, string>();
  return (key, options) => {
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let text = memo.get(id);
    if (text === undefined) {
      text = t(key, options);
      memo.set(id, text);
    }
    return text;
  };
}
