import { describe, expect, it } from 'vitest';
import { configure, render, waitFor } from '@testing-library/preact';
import { strFromU8, unzipSync } from 'fflate';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { REPORT_NAMESPACES } from '@/utils/report/translate';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { buildReport } from '@/utils/report/build-report';
import { compareReports } from '@/utils/report/compare';
import { exportFile, type ExportContext } from '@/utils/report/export/format';
import { EXPORT_FORMATS } from '@/utils/report/export/registry';
import { reportToSarif } from '@/utils/report/export/formats/sarif';
import { reportTranslator } from '@/tests/kits/report/i18n';
import { englishSentences, koreanServiceJourney } from '@/tests/kits/report/korean-journey';
import { ReportView } from './ReportView';
import { loadSource, type AuditLoader } from './load-audits';
import { ProblemError, schemaProblem } from '@/utils/audit/problem';
import { MessageError } from '@/utils/messaging/send';
import { reportToMarkdown } from '@/utils/report/export/formats/markdown';
import { SCHEMA_VERSION } from '@/utils/audit/types';

configure({ asyncUtilTimeout: 30_000 });

/**
 * The text a person reads, without what is code by nature (rule ids, selectors, snippets, technical
 * reasons) and without the website's own words quoted verbatim (.page-text): those are not Dotbogi's.
 */
function readableText(root: ParentNode): string {
  const copy = root.cloneNode(true) as Element;
  for (const code of copy.querySelectorAll('code, pre, style, svg desc, .page-text')) code.remove();
  // One line per element, so words of neighbouring cells never join into a "sentence".
  for (const element of copy.querySelectorAll('*')) element.append('\n');
  return copy.textContent ?? '';
}

/** Markdown as read: code spans out, escapes undone. */
const markdownText = (markdown: string) =>
  markdown
    .replace(/(`+) [^`]*? \1/g, ' ')
    .replace(/\\(.)/g, '$1')
    .replace(/\u200B/g, '');

/** Rows of cells, without the columns that are code (rule id, selector, snippet, address). */
const proseCells = (cells: readonly string[]) => cells.filter((cell) => !/^(?:"?<|#|[a-z0-9-]+$|https?:)/.test(cell));

describe('a Korean report of a real-looking journey is Korean throughout', { timeout: 180_000 }, () => {
  const { journey, pages } = koreanServiceJourney();
  const report = buildReport({ kind: 'journey', journey, pages });
  const before = buildReport({ kind: 'journey', journey: { ...journey, id: 'before' }, pages });
  const compare = { before, comparison: compareReports(before, report) };
  const context: ExportContext = { report, t: reportTranslator('ko'), language: 'ko', dir: 'ltr', journeys: [journey], pages, compare };

  it('covers every rule a report can show', () => {
    expect(report.rules.length).toBeGreaterThan(100);
  });

  it('every export written from the report has no English sentence', async () => {
    const checked: string[] = [];
    for (const format of EXPORT_FORMATS.filter((entry) => entry.content === 'report')) {
      const file = await exportFile(format, context);
      const content = file.content;
      let text: string;
      if (typeof content !== 'string') {
        // A workbook: the words people read are its shared strings.
        const strings = strFromU8(unzipSync(content)['xl/sharedStrings.xml']!);
        const cells = [...strings.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map(
          (match) => new DOMParser().parseFromString(match[1]!, 'text/html').documentElement.textContent ?? '',
        );
        text = proseCells(cells).join('\n');
      } else if (format.mime.startsWith('text/html')) {
        const doc = new DOMParser().parseFromString(content, 'text/html');
        text = `${doc.title}\n${readableText(doc.body)}`;
      } else if (format.extension === 'md') {
        text = markdownText(content);
      } else if (format.mime.startsWith('text/csv')) {
        text = proseCells(content.split(/\r\n/).flatMap((line) => line.split(','))).join('\n');
      } else {
        const sarif = reportToSarif(report, context.t, compare);
        text = [
          ...sarif.runs[0]!.tool.driver.rules.flatMap((rule) => [rule.shortDescription.text, rule.fullDescription.text, rule.help.text]),
          ...sarif.runs[0]!.results.map((result) => result.message.text),
        ].join('\n');
      }
      expect(englishSentences(text), format.id).toEqual([]);
      checked.push(format.id);
    }
    expect(checked).toEqual(expect.arrayContaining(['html', 'csv', 'markdown', 'sarif', 'xlsx', 'summary']));
  });

  it('the HTML export shows Dotbogi’s own Korean, with axe’s rule id and help URL as references', async () => {
    const html = (
      await exportFile(
        EXPORT_FORMATS.find((format) => format.id === 'html')!,
        context,
      )
    ).content as string;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.body.textContent).toContain('버튼에 이름이 없음');
    expect(doc.body.textContent).toContain('https://dequeuniversity.com/rules/axe/4.14/button-name');
    expect(doc.body.textContent).not.toContain('Buttons must have discernible text');
    // What a check counted is named in Korean, never in the unit words the audit stores.
    expect(doc.body.textContent).toContain('95 > 80 (한 문장의 한글 글자 수)');
    expect(doc.body.textContent).toContain('14 > 10 (한 화면에서 묻는 것의 수)');
    expect(doc.body.textContent).not.toMatch(/Hangul characters|\d questions/);
  });

  it('the report page has no English sentence', async () => {
    const i18n = createI18n('ko', await loadResources('ko', ['common', ...REPORT_NAMESPACES]));
    const view = render(
      <I18nProvider i18n={i18n}>
        <ReportView report={report} compare={compare} />
      </I18nProvider>,
    );
    await view.findByRole('heading', { level: 2, name: '검사 범위' });
    await waitFor(() => expect(view.container.querySelectorAll('article.finding').length).toBeGreaterThan(0));
    expect(englishSentences(readableText(view.container))).toEqual([]);
    view.unmount();
  });

  it('catches an English sentence when one slips in', () => {
    expect(englishSentences('검사 범위\nItems marked manual-only need a person\nKRDS: 입력폼 (Input form)')).toEqual([
      'Items marked manual-only need a person',
    ]);
  });
});

describe('a Korean report of a journey whose steps cannot all be shown says why in Korean', { timeout: 60_000 }, () => {
  const { journey, pages } = koreanServiceJourney();
  // As the background answers (utils/background/audits.ts): the reason travels as data on the failed reply.
  const refused = (error: ProblemError) => new MessageError('failed', error.message, error.problem);
  const problems: Record<string, ProblemError> = {
    [pages[1]!.id]: new ProblemError({ kind: 'missing', id: pages[1]!.id }),
    [pages[2]!.id]: new ProblemError(schemaProblem({ schemaVersion: SCHEMA_VERSION + 5 })!),
    [pages[3]!.id]: new ProblemError({ kind: 'deleted', id: pages[3]!.id, deletedAt: Date.now(), until: Date.now() + 5_000 }),
  };
  const loader: AuditLoader = {
    page: async (id) => {
      if (problems[id]) throw refused(problems[id]);
      return pages.find((page) => page.id === id)!;
    },
    journey: async () => journey,
  };

  it('on the report page and in the Markdown: the deleted, missing and unreadable steps, with their id and version, and no English sentence', async () => {
    const report = buildReport(await loadSource(loader, 'journey', journey.id));
    const i18n = createI18n('ko', await loadResources('ko', ['common', ...REPORT_NAMESPACES]));
    const view = render(
      <I18nProvider i18n={i18n}>
        <ReportView report={report} />
      </I18nProvider>,
    );
    await view.findByRole('heading', { level: 2, name: '검사 범위' });
    const shown = view.container.textContent ?? '';
    expect(shown).toContain(`검사하지 못함: 이 검사 기록을 찾을 수 없습니다 (기록 번호 ${pages[1]!.id}).`);
    expect(shown).toContain(
      `검사하지 못함: 더 새로운 돋보기가 만든 기록이라 읽을 수 없습니다. 돋보기를 업데이트해 주세요 (기록 형식 버전 ${SCHEMA_VERSION + 5}, 이 돋보기는 버전 ${SCHEMA_VERSION}까지 읽습니다).`,
    );
    expect(shown).toContain('검사하지 못함: 이 단계의 검사 기록은 지워졌습니다.');
    // Nothing of the engine's English, not even as technical text in <code>.
    expect(shown).not.toMatch(/No audit with id|schema version|was deleted/);
    expect(englishSentences(readableText(view.container))).toEqual([]);
    view.unmount();

    const markdown = markdownText(reportToMarkdown(report, reportTranslator('ko')));
    expect(markdown).toContain(`이 검사 기록을 찾을 수 없습니다 (기록 번호 ${pages[1]!.id}).`);
    expect(markdown).not.toMatch(/No audit with id|schema version|was deleted/);
    expect(englishSentences(markdown)).toEqual([]);
  });

  it('in every language: each reason is that language’s own sentence, with the values in it', async () => {
    const report = buildReport(await loadSource(loader, 'journey', journey.id));
    const steps = report.steps.filter((step) => step.problem);
    expect(steps.map((step) => step.problem!.kind)).toEqual(['missing', 'schema', 'deleted']);
    for (const language of ['en', 'ja', 'ar', 'uz']) {
      const markdown = markdownText(reportToMarkdown(report, reportTranslator(language)));
      expect(markdown, language).toContain(pages[1]!.id);
      expect(markdown, language).toContain(String(SCHEMA_VERSION + 5));
      expect(markdown, language).not.toMatch(/No audit with id|written with audit schema|problem\./);
    }
  });
});
