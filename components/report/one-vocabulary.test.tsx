import { describe, expect, it } from 'vitest';
import { configure, render, waitFor } from '@testing-library/preact';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { labels, REPORT_NAMESPACES } from '@/utils/report/translate';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { buildReport } from '@/utils/report/build-report';
import { reportToCsv } from '@/utils/report/export/formats/csv';
import { reportToMarkdown } from '@/utils/report/export/formats/markdown';
import { formatSummary } from '@/utils/audit/cli/summary';
import { pageLine } from '@/utils/audit/cli/progress';
import { reportTranslator } from '@/tests/kits/report/i18n';
import { SYNTHETIC_RULES, syntheticFinding, syntheticPage } from '@/tests/kits/report/synthetic-audits';
import { PageAuditView } from '@/components/sidepanel/PageAuditView';
import type { PageAudit, StoredPageAudit } from '@/utils/audit/types';
import { ReportView } from './ReportView';

// The report renders progressively (a section, then a few cards, per task); this machine is shared and slow.
configure({ asyncUtilTimeout: 20_000 });

/**
 * One vocabulary (#23): the side panel, the report page, the CSV and Markdown exports and the CLI's
 * progress and summary name a person and "needs review" with the same words, the glossary's (terms.json), read
 * from the real locales — and none of the variants the issue saw beside them on one screen.
 */
const WORDS = {
  ko: { persona: '화면 낭독기 사용자', review: '확인 필요', variants: ['화면낭독기', '어르신', '확인할 점', '고칠 점', '찾은 점'] },
  en: { persona: 'Screen-reader users', review: 'To review', variants: ['Needs review', 'Screen reader users'] },
};

/** One page with failing rules (image-alt hurts screen-reader users) and one rule a person must review. */
function page(): StoredPageAudit {
  const audit = syntheticPage(0, 3);
  const contrast = SYNTHETIC_RULES.find((rule) => rule.ruleId === 'color-contrast')!;
  return { ...audit, findings: [...audit.findings, syntheticFinding(contrast, 'review', 2, 'needs-review')] } as StoredPageAudit;
}

describe.each(Object.entries(WORDS))('one vocabulary in %s', (language, words) => {
  const audit = page();
  const report = buildReport({ kind: 'page', audit });
  const t = reportTranslator(language);
  const i18n = async () => createI18n(language, await loadResources(language, ['common', 'audit', ...REPORT_NAMESPACES]));
  const expectWords = (text: string, where: string, persona = true) => {
    if (persona) expect(text, where).toContain(words.persona);
    expect(text, where).toContain(words.review);
    for (const variant of words.variants) expect(text, where).not.toContain(variant);
  };

  it('the side panel', async () => {
    const { container } = render(
      <I18nProvider i18n={await i18n()}>
        <PageAuditView page={audit as StoredPageAudit} />
      </I18nProvider>,
    );
    expectWords(container.textContent ?? '', 'side panel');
  });

  it('the report page', async () => {
    const { container } = render(
      <I18nProvider i18n={await i18n()}>
        <ReportView report={report} />
      </I18nProvider>,
    );
    await waitFor(() => expect(container.querySelector('#coverage')).not.toBeNull());
    await waitFor(() => expectWords(container.textContent ?? '', 'report page'));
  });

  it('the CSV and Markdown exports', () => {
    expectWords(reportToCsv(report, t), 'CSV');
    // Markdown escapes its own punctuation (Screen\-reader); the reader sees the text without the backslashes.
    expectWords(reportToMarkdown(report, t).replaceAll('\\', ''), 'Markdown');
  });

  it('the CLI summary (its totals name no person)', () => {
    const summary = formatSummary(
      { pages: [{ status: 'complete' }] },
      [{ name: 'page', source: { kind: 'page' }, report }],
      { failures: [], notes: [] },
      t,
    );
    expectWords(summary, 'CLI summary', false);
  });

  it('the CLI’s line for each page as it finishes', () => {
    const target = { given: audit.url, url: audit.url };
    const unit = { kind: 'page' as const, page: target, order: 0, key: audit.url };
    // The CLI holds axe's raw results as bytes; the line never reads them.
    const line = pageLine({ target, unit, step: null, journeyId: null, audit: { ...(audit as PageAudit), axe: null } }, 1, 1, t);
    expectWords(line, 'CLI progress', false);
    expect(line).toContain(labels.finding(t));
  });
});
