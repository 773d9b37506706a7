import { labels, type Translate } from './translate.ts';
import type { Evidence } from '../audit/types.ts';
import type { LevelCounts, PersonaSummary, Report, TopChange } from './types.ts';

/**
 * Sentences every view and export builds from the report's numbers, in one place, so the page,
 * the HTML, the Markdown and the A4 summary say the same thing in the same words.
 */

/** "1·3" for steps 0 and 2: journey steps as people count them. */
export function stepList(steps: readonly number[]): string {
  return steps.map((step) => step + 1).join(', ');
}

/** "막힘 3건, 어려움 12건, 불편 4건, 확인 필요 2건" (only the levels that occur; "문제 없음" when none). */
export function levelCounts(t: Translate, byLevel: LevelCounts, review = 0): string {
  const parts = (['blocker', 'hard', 'minor'] as const)
    .filter((level) => byLevel[level] > 0)
    .map((level) => t('priority.levelCount', { level: labels.level(t, level), count: byLevel[level] }));
  if (review > 0) parts.push(t('priority.levelCount', { level: labels.level(t, 'review'), count: review }));
  return parts.length > 0 ? parts.join(', ') : t('priority.noFindings');
}

/** "고령자: 막힘 3건, 어려움 12건 — 막히는 단계: 2, 3". */
export function personaStatement(t: Translate, row: PersonaSummary, journey: boolean): string {
  const line = `${labels.persona(t, row.persona)}: ${levelCounts(t, row.byLevel, row.reviewFindings)}`;
  return row.blockerSteps.length > 0 && journey ? `${line} — ${t('priority.stopsAt', { steps: stepList(row.blockerSteps) })}` : line;
}

/** "막힘 2건, 어려움 5건을 풉니다 (image-alt, input-image-alt)". */
export function changeStatement(t: Translate, change: TopChange): string {
  return t('summary.clears', { counts: levelCounts(t, change.byLevel), rules: change.ruleIds.join(', ') });
}

/** The one totals line (Markdown, CLI-like contexts). */
export function totalsLine(t: Translate, report: Pick<Report, 'counts'>): string {
  const counts = report.counts;
  const line = t('summary.totals', {
    pages: counts.pages,
    findings: counts.findings,
    places: counts.places,
    review: counts.reviewFindings,
    reviewPlaces: counts.reviewPlaces,
    rules: counts.rules,
  });
  return counts.notAudited > 0 ? `${line} ${t('summary.notAudited', { count: counts.notAudited })}` : line;
}

/** The personas hurt at all, in their ranked order. */
export function personasHurt(report: Report): PersonaSummary[] {
  return report.personas.filter((row) => row.findings > 0 || row.reviewFindings > 0);
}

/**
 * Units a check counts in words ("Hangul characters", "questions"…): shown as what was counted, in
 * the reader's language (report.json `measure.*`), so a Korean report never says "95 Hangul
 * characters". Symbol units (px, mm, %, :1) read the same in every language.
 */
const COUNTED: Record<string, string> = { 'Hangul characters': 'hangul', words: 'words', questions: 'questions', terms: 'terms' };

/**
 * "5.1 mm < 6 mm", or "95 > 80 (한 문장의 한글 글자 수)" for a counted unit. Without `t` (to
 * compare two values) the unit is written as the check stored it.
 */
export function measuredLine(measured: NonNullable<Evidence['measured']>, t?: Translate): string {
  const round = (value: number) => String(Math.round(value * 100) / 100);
  const counted = t && COUNTED[measured.unit];
  if (counted) return `${round(measured.value)} ${measured.comparison} ${round(measured.threshold)} (${t(`measure.${counted}`)})`;
  const unit = measured.unit ? (/^[%:]/.test(measured.unit) ? measured.unit : ` ${measured.unit}`) : '';
  return `${round(measured.value)}${unit} ${measured.comparison} ${round(measured.threshold)}${unit}`;
}
