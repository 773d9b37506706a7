import type { CoverageStatement } from './types.ts';

/**
 * The translation function the views and exports take: i18next's `t` fixed to the report
 * namespace, with the `rules` namespace loaded too (`rules:` keys, rule-text.ts).
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The labels every view and export shows, in one place so they stay the same everywhere (the
 * report's vocabulary: people, levels, statuses, who acts).
 */
export const labels = {
  persona: (t: Translate, persona: string) => t(`persona.${persona}`),
  severity: (t: Translate, severity: string) => t(`severity.${severity}`),
  outcome: (t: Translate, outcome: string) => t(`outcome.${outcome}`),
  /** 막힘 / 어려움 / 불편 / 확인 필요 */
  level: (t: Translate, level: string) => t(`level.${level}`),
  /** 적합 / 부적합 / 해당없음 / 확인 필요 */
  cert: (t: Translate, status: string) => t(`cert.status.${status}`),
  /** 해결 / 개선 / 남음 / 새로 */
  change: (t: Translate, status: string) => t(`compare.status.${status}`),
  /** 확실함 / 가능성 높음 / 사람이 확인 */
  confidence: (t: Translate, confidence: string) => t(`confidence.${confidence}`),
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
