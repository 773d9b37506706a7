import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildReport } from './build-report.ts';
import { exportFile } from './export/format.ts';
import { EXPORT_FORMATS } from './export/registry.ts';
import { syntheticFinding, syntheticPage, SYNTHETIC_RULES } from '@/tests/kits/report/synthetic-audits.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';
import type { PageAudit } from '../audit/types.ts';

/** Personal data an audit recorded before a redaction pattern existed (or that slipped past it). */
const PERSONAL = ['010-1234-5678', 'hong.gildong@example.com', '900101-1234567'];

function leakyAudit(): PageAudit {
  const base = syntheticFinding(SYNTHETIC_RULES[0]!, 'leak', 1);
  const finding = {
    ...base,
    title: `연락처 ${PERSONAL[0]}`,
    nodes: [
      {
        ...base.nodes[0]!,
        target: [`#tel-${PERSONAL[0]}`],
        snippet: `<td title="${PERSONAL[1]}">${PERSONAL[2]}</td>`,
        message: PERSONAL[1]!,
        evidence: { key: 'x', values: { word: PERSONAL[0]! }, matched: [PERSONAL[2]!] },
      },
    ],
  };
  return {
    ...syntheticPage(0, 0),
    title: `${PERSONAL[2]} 님의 등본`,
    url: `https://www.gov.kr/issued?tel=${PERSONAL[0]}`,
    findings: [finding],
  };
}

describe('everything the report writes goes through the redaction module', () => {
  it('masks personal data in every view’s model and every export drawn from the report', async () => {
    const report = buildReport({ kind: 'page', audit: leakyAudit() });
    const model = JSON.stringify(report);
    for (const value of PERSONAL) expect(model, value).not.toContain(value);
    const t = reportTranslator('ko');
    for (const format of EXPORT_FORMATS.filter((entry) => entry.content === 'report')) {
      const { content } = await exportFile(format, { report, t, language: 'ko', dir: 'ltr', journeys: [], pages: [] });
      const text =
        typeof content === 'string'
          ? content
          : Object.values(unzipSync(content))
              .map((file) => strFromU8(file))
              .join('\n');
      for (const value of PERSONAL) expect(text, `${format.id}: ${value}`).not.toContain(value);
    }
  });
});
