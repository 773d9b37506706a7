import { certEvidence } from '../../cert.ts';
import { kwcagLabel, kwcagName } from '../../kwcag-names.ts';
import { revealInvisible } from '../../text.ts';
import { labels, type Translate } from '../../translate.ts';
import type { Report } from '../../types.ts';
import { totalsLine } from '../../words.ts';
import type { ExportContext, ExportFormat } from '../format.ts';
import { findingRows, placeRows, type CellValue } from '../rows.ts';

/**
 * The 품질인증 workbook (.xlsx): a summary sheet (the totals and how to read them), the 33 KWCAG
 * items × pages matrix, one row per finding (rule × page), one row per place (element).
 *
 * Written with write-excel-file (MIT, one dependency: fflate): small enough to load only when this
 * button is pressed, the same code in Node (the CLI) and in the report page, and it writes every
 * string as a shared string, never a formula — so "=HYPERLINK(…)" from a page stays text. Page
 * text is also made valid XML (control characters shown, not dropped silently) and kept under
 * Excel's 32,767 characters per cell.
 */
export async function reportToXlsx(context: ExportContext): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const { report, t, compare } = context;
  const sheets = [
    { sheet: sheetName(t('export.sheetSummary')), data: summarySheet(report, t), columns: [{ width: 100 }] },
    {
      sheet: sheetName(t('export.sheetMatrix')),
      data: matrixSheet(report, t, context.language),
      stickyRowsCount: 1,
      stickyColumnsCount: 2,
    },
    { sheet: sheetName(t('export.sheetFindings')), data: table(findingRows(report, t, compare)), stickyRowsCount: 1 },
    { sheet: sheetName(t('export.sheetPlaces')), data: table(placeRows(report, t, compare)), stickyRowsCount: 1 },
  ];
  const blob = await writeXlsxFile(sheets, { rightToLeft: context.dir === 'rtl' } as never).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

function summarySheet(report: Report, t: Translate): CellValue[][] {
  return [
    [t('reportFor', { name: report.name })],
    [t('notCertification')],
    [totalsLine(t, report)],
    [t('counting.heading')],
    ...['finding', 'places', 'review', 'rule', 'journey'].map((key) => [t(`counting.${key}`)]),
  ].map((row) => row.map(cellText));
}

function matrixSheet(report: Report, t: Translate, language: string): ReturnType<typeof table> {
  const header = [
    t('kwcag.item'),
    t('kwcag.name'),
    t('cert.overall'),
    ...report.steps.map((step) => `${labels.step(t, step.index)} ${step.name}`),
    t('cert.evidence'),
  ];
  const rows = report.cert.map((row) => [
    kwcagLabel(row.item, row.clause),
    kwcagName(row.item, language),
    labels.cert(t, row.status),
    ...row.cells.map((cell) => {
      const failed = cell.evidence.filter((item) => item.outcome === 'failed').map((item) => item.ruleId);
      const why = cell.why === 'decided' ? '' : t(`cert.why.${cell.why}`);
      return [labels.cert(t, cell.status), failed.join(', '), why].filter(Boolean).join(' — ');
    }),
    certEvidence(row)
      .map(
        (rule) =>
          `${rule.ruleId}: ${(['failed', 'needs-review', 'passed', 'inapplicable'] as const)
            .filter((outcome) => rule.pages[outcome] > 0)
            .map((outcome) => t('cert.outcomePages', { outcome: labels.outcome(t, outcome), count: rule.pages[outcome] }))
            .join(', ')}`,
      )
      .join('; ') || (row.automation === 'manual' ? t('cert.why.manual-item') : ''),
  ]);
  return table({ header, rows });
}

/** A header row in bold, then the rows; text made safe for the file. */
function table({ header, rows }: { header: string[]; rows: CellValue[][] }) {
  return [
    header.map((value) => ({ value: cellText(value), fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map((value) => (typeof value === 'number' ? value : cellText(value)))),
  ];
}

const EXCEL_CELL_LIMIT = 32_767;
// Characters XML 1.0 cannot hold (C0 controls but tab, line feed and carriage return; U+FFFE/U+FFFF).
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text as the cell shows it: invisible and direction-changing characters made visible, valid XML, within Excel's limit. */
export function cellText(value: string): string {
  const visible = revealInvisible(value).replace(
    NOT_XML,
    (char) => `⟦U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟧`,
  );
  return visible.length > EXCEL_CELL_LIMIT ? `${visible.slice(0, EXCEL_CELL_LIMIT - 1)}…` : visible;
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

export const format: ExportFormat = {
  id: 'xlsx',
  extension: 'xlsx',
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  labelKey: 'download.xlsx',
  order: 4,
  content: 'report',
  // 5–7 s for a 500-page journey: made in a worker so the report page keeps answering.
  thread: 'worker',
  write: reportToXlsx,
};
