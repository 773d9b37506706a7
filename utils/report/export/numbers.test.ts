import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { reportTranslator } from '@/tests/kits/report/i18n';
import { syntheticJourney } from '@/tests/kits/report/synthetic-audits';
import { buildReport } from '../build-report';
import { compareReports } from '../compare';
import { exportFile } from './format';
import { EXPORT_FORMATS } from './registry';

/**
 * Numbers for people (#23 item 5: "우선순위 점수 228.44129532345625", 5.833333333333333 in the CSV):
 * no export a person reads shows a number with a long tail of decimals. Chart geometry inside the
 * HTML's SVG attributes is not read by anyone; the JSON export is the audits as stored (times).
 */
const LONG_DECIMAL = /\d\.\d{3,}/;

describe('numbers in the exports', () => {
  it('are never shown unrounded, in any export a person reads, of a journey compared with an earlier one', async () => {
    const after = syntheticJourney(6);
    const report = buildReport({ kind: 'journey', ...after });
    const before = buildReport({ kind: 'journey', ...syntheticJourney(5) });
    const t = reportTranslator('ko');
    const context = { report, t, language: 'ko', dir: 'ltr' as const, journeys: [after.journey], pages: after.pages };
    const compare = { before, comparison: compareReports(before, report) };
    for (const format of EXPORT_FORMATS.filter((candidate) => candidate.content === 'report')) {
      const file = await exportFile(format, { ...context, compare });
      const text =
        typeof file.content === 'string'
          ? file.content
          : Object.values(unzipSync(file.content))
              .map((part) => strFromU8(part))
              .join('\n');
      // What a person reads: text, not the drawing instructions of a chart.
      const read = format.id === 'html' ? text.replace(/<svg[\s\S]*?<\/svg>/g, (svg) => svg.replace(/<[^>]*>/g, ' ')) : text;
      expect(read.match(LONG_DECIMAL)?.[0], format.id).toBeUndefined();
    }
  });
});
