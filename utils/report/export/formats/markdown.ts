import { labels, type Translate } from '../../translate.ts';
import { clip, revealInvisible } from '../../text.ts';
import type { Report } from '../../types.ts';
import type { ExportFormat } from '../format.ts';

/**
 * A Markdown summary for issue trackers. Page-derived strings (titles, URLs, selectors,
 * snippets) are escaped so they render as the text they are: no links, no HTML, no emphasis,
 * no table breaks, no line breaks that start a new block.
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

const MAX_FINDINGS = 20;

export function reportToMarkdown(report: Report, t: Translate): string {
  const lines: string[] = [];
  lines.push(`# ${escapeMarkdown(t('reportFor', { name: clip(report.name, 200) }))}`, '');
  lines.push(`> ${escapeMarkdown(t('notCertification'))}`, '');
  const failed = report.findings.filter((finding) => finding.outcome === 'failed').length;
  lines.push(
    escapeMarkdown(
      `${t('meta.pages', { count: report.steps.length })} · ${t('summary.counts', { failed, review: report.findings.length - failed })}`,
    ),
    '',
  );

  lines.push(`## ${escapeMarkdown(t('summary.whoHurt'))}`, '');
  for (const row of report.personas.filter((entry) => entry.findings > 0)) {
    lines.push(`- ${escapeMarkdown(labels.persona(t, row.persona))}: ${row.score}`);
  }
  lines.push('', `## ${escapeMarkdown(t('summary.topChanges'))}`, '');
  report.topChanges.forEach((change, index) => {
    const krds = change.recommendation.krds ? ` (${escapeMarkdown(t('findings.krds', { ...change.recommendation.krds }))})` : '';
    lines.push(
      `${index + 1}. ${escapeMarkdown(labels.recommendation(t, change.recommendation.text))}${krds} — ${escapeMarkdown(t('summary.fixes', { count: change.findings }))}`,
    );
  });

  if (report.kind === 'journey') {
    lines.push('', `## ${escapeMarkdown(t('journey.heading'))}`, '');
    lines.push(
      `| ${[t('journey.step'), t('journey.page'), t('journey.failed'), t('journey.review'), t('journey.timeLimits'), t('journey.newWindows'), t('journey.fields')].map(escapeMarkdown).join(' | ')} |`,
    );
    lines.push(`|${' --- |'.repeat(7)}`);
    for (const step of report.steps) {
      const cells = [
        String(step.index + 1),
        escapeMarkdown(clip(step.title || step.url, 80)),
        step.failed,
        step.review,
        step.friction.timeLimits,
        step.friction.newWindows,
        step.friction.fields,
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }

  lines.push('', `## ${escapeMarkdown(t('findings.heading'))}`, '');
  for (const finding of report.findings.slice(0, MAX_FINDINGS)) {
    const node = finding.occurrences[0]?.nodes[0];
    lines.push(
      `- **${escapeMarkdown(clip(finding.title, 200))}** (${codeSpan(finding.ruleId)}, ${escapeMarkdown(labels.severity(t, finding.severity))}, ${escapeMarkdown(labels.outcome(t, finding.outcome))})`,
    );
    lines.push(
      `  - ${escapeMarkdown(t('findings.recommendation'))}: ${escapeMarkdown(labels.recommendation(t, finding.recommendation.text))}`,
    );
    if (finding.kwcag.length > 0)
      lines.push(`  - KWCAG ${escapeMarkdown(finding.kwcag.join(', '))} · WCAG ${escapeMarkdown(finding.wcag.join(', '))}`);
    if (node) lines.push(`  - ${escapeMarkdown(t('findings.selector'))}: ${codeSpan(clip(node.target.join(' '), 300))}`);
  }
  if (report.findings.length > MAX_FINDINGS)
    lines.push('', escapeMarkdown(t('findings.shown', { shown: MAX_FINDINGS, total: report.findings.length })));
  return `${lines.join('\n')}\n`;
}

export const format: ExportFormat = {
  id: 'markdown',
  extension: 'md',
  mime: 'text/markdown;charset=utf-8',
  labelKey: 'download.markdown',
  order: 6,
  content: 'report',
  write: (context) => reportToMarkdown(context.report, context.t),
};
