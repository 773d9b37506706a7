import { stepProblemText } from '../../problem-text.ts';
import { kwcagLabel } from '../../kwcag-names.ts';
import { ruleText } from '../../rule-text.ts';
import { labels, type Translate } from '../../translate.ts';
import { clip, revealInvisible } from '../../text.ts';
import type { ChangeStatus, Comparison, Report } from '../../types.ts';
import { changeStatement, measuredLine, personasHurt, personaStatement, stepList, totalsLine } from '../../words.ts';
import type { ExportFormat } from '../format.ts';

/**
 * A Markdown summary for issue trackers, with the same numbers and words as the report page.
 * Page-derived strings (titles, URLs, selectors, snippets) are escaped so they render as the
 * text they are: no links, no HTML, no emphasis, no table breaks, no line breaks that start a new
 * block.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~>]/g;
const HTML_SPECIAL: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

export function escapeMarkdown(text: string): string {
  return revealInvisible(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/[<>&"]/g, (char) => HTML_SPECIAL[char]!)
    .replace(MARKDOWN_SPECIAL, (char) => `\\${char}`)
    .replace(/(https?|ftp|mailto|www)(:|\\\.)/gi, '$1\u200B$2');
}

/** A code span that no backtick run inside the text can close early. */
export function codeSpan(text: string): string {
  const clean = revealInvisible(text).replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${clean} ${fence}`;
}

/** Rules described in full; the rest are listed by name (the CSV has every place). */
const MAX_RULES = 20;
const CHANGE_ORDER: ChangeStatus[] = ['new', 'remaining', 'improved', 'fixed'];

export function reportToMarkdown(report: Report, t: Translate, compare?: { before: Report; comparison: Comparison }): string {
  const lines: string[] = [];
  const text = (value: string) => escapeMarkdown(value);
  const journey = report.kind === 'journey';
  lines.push(`# ${text(t('reportFor', { name: clip(report.name, 200) }))}`, '');
  lines.push(`> ${text(t('notCertification'))}`, '');
  lines.push(`## ${text(t('summary.heading'))}`, '');
  lines.push(text(totalsLine(t, report)), '');
  if (compare) {
    const { comparison } = compare;
    lines.push(`### ${text(t('compare.summaryHeading'))}`, '');
    lines.push(
      text(
        t('compare.totals', {
          before: comparison.before.findings,
          after: comparison.after.findings,
          beforePlaces: comparison.before.places,
          afterPlaces: comparison.after.places,
        }),
      ),
      '',
      text(t('compare.counts', { ...comparison.counts })),
      '',
    );
  }
  const hurt = personasHurt(report);
  if (hurt.length > 0) {
    lines.push(`### ${text(t('summary.whoHurt'))}`, '');
    for (const row of hurt) lines.push(`- ${text(personaStatement(t, row, journey))}`);
    lines.push('');
  }
  if (report.topChanges.length > 0) {
    lines.push(`### ${text(t('summary.topChanges', { count: report.topChanges.length }))}`, '');
    report.topChanges.forEach((change, index) => {
      lines.push(`${index + 1}. ${text(labels.recommendation(t, change.recommendation.text))} — ${text(changeStatement(t, change))}`);
    });
    lines.push('');
  }
  lines.push(`### ${text(t('counting.heading'))}`, '');
  for (const key of ['finding', 'places', 'review', 'rule', 'journey']) lines.push(`- ${text(t(`counting.${key}`))}`);
  lines.push('');

  if (journey) {
    lines.push(`## ${text(t('journey.heading'))}`, '');
    const head = [t('journey.step'), t('journey.page'), labels.finding(t), labels.level(t, 'blocker'), labels.level(t, 'review')];
    lines.push(`| ${head.map(text).join(' | ')} |`, `|${' --- |'.repeat(head.length)}`);
    for (const step of report.steps) {
      const counts =
        step.status === 'not-audited'
          ? [
              text(`${labels.pageStatus(t, 'not-audited')}: ${step.problem ? stepProblemText(t, step.problem) : clip(step.reason, 120)}`),
              '',
              '',
            ]
          : [step.findings, step.byLevel.blocker, step.reviewFindings];
      lines.push(`| ${step.index + 1} | ${text(clip(step.name, 80))} | ${counts.join(' | ')} |`);
    }
    lines.push('');
  }

  lines.push(`## ${text(t('findings.heading'))}`, '', `> ${text(t('ranking.rule'))}`, '');
  const changes = new Map(compare?.comparison.rules.map((change) => [change.ruleId, change]));
  for (const rule of report.rules.slice(0, MAX_RULES)) {
    const change = changes.get(rule.ruleId);
    const tags = [
      labels.level(t, rule.level),
      ...(change ? [labels.change(t, change.status)] : []),
      labels.severity(t, rule.severity),
      labels.confidence(t, rule.confidence),
    ];
    const words = ruleText(t, rule.ruleId);
    lines.push(`### ${rule.rank}. ${text(words.title)}`, '');
    if (words.explanation) lines.push(text(words.explanation), '');
    lines.push(`${codeSpan(rule.ruleId)} · ${text(tags.join(' · '))}`, '');
    const counts = [
      ...(rule.findings > 0 ? [t('card.counts', { findings: rule.findings, places: rule.places })] : []),
      ...(rule.reviewFindings > 0 ? [t('card.reviewCounts', { findings: rule.reviewFindings, places: rule.reviewPlaces })] : []),
    ];
    lines.push(`- ${text(counts.join(' · '))}`);
    if (journey && rule.findings > 0)
      lines.push(
        `- ${text(t('card.onSteps', { steps: stepList(rule.steps.filter((step) => step.places > 0).map((step) => step.step)) }))}`,
      );
    if (rule.blockerSteps.length > 0) lines.push(`- ${text(t('card.blocks', { steps: stepList(rule.blockerSteps) }))}`);
    if (rule.evidence.measured.length > 0)
      lines.push(`- ${text(t('card.measured'))}: ${text(rule.evidence.measured.map((value) => measuredLine(value, t)).join(' · '))}`);
    if (rule.evidence.matched.length > 0)
      lines.push(`- ${text(t('card.matched'))}: ${rule.evidence.matched.map((word) => codeSpan(word)).join(', ')}`);
    lines.push(
      `- ${text(t(rule.recommendation.service ? 'card.service' : 'card.change'))}: ${text(labels.recommendation(t, rule.recommendation.text))}`,
    );
    lines.push(`- ${text(t('card.who'))}: ${text(rule.recommendation.roles.map((role) => labels.role(t, role)).join(', '))}`);
    if (rule.kwcag.length > 0 || rule.wcag.length > 0)
      lines.push(`- KWCAG ${text(rule.kwcag.join(', ') || '—')} · WCAG ${text(rule.wcag.join(', ') || '—')}`);
    for (const place of rule.examples) {
      lines.push(`- ${text(labels.step(t, place.step))}: ${codeSpan(clip(place.node.target.join(' '), 300))}`);
    }
    lines.push('');
  }
  if (report.rules.length > MAX_RULES) {
    lines.push(text(t('export.moreRules', { count: report.rules.length - MAX_RULES })), '');
    lines.push(
      report.rules
        .slice(MAX_RULES)
        .map((rule) => codeSpan(rule.ruleId))
        .join(', '),
      '',
    );
  }

  if (compare) {
    lines.push(`## ${text(t('compare.heading'))}`, '');
    for (const status of CHANGE_ORDER) {
      const rules = compare.comparison.rules.filter((change) => change.status === status);
      if (rules.length === 0) continue;
      lines.push(`### ${text(labels.change(t, status))} (${rules.length})`, '');
      for (const change of rules) {
        lines.push(
          `- ${codeSpan(change.ruleId)} — ${text(t('card.compared', { before: change.before?.places ?? 0, after: change.after?.places ?? 0 }))}`,
        );
      }
      lines.push('');
    }
  }

  lines.push(`## ${text(t('cert.heading'))}`, '');
  lines.push(`| ${[t('kwcag.item'), t('cert.overall'), labels.finding(t)].map(text).join(' | ')} |`, '| --- | --- | --- |');
  for (const row of report.cert)
    lines.push(`| ${text(kwcagLabel(row.item, row.clause))} | ${text(labels.cert(t, row.status))} | ${row.findings} |`);
  return `${lines.join('\n')}\n`;
}

export const format: ExportFormat = {
  id: 'markdown',
  extension: 'md',
  mime: 'text/markdown;charset=utf-8',
  labelKey: 'download.markdown',
  order: 6,
  content: 'report',
  write: (context) => reportToMarkdown(context.report, context.t, context.compare),
};
