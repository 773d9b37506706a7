import { SCHEMA_VERSION, type AuditExport, type Journey, type PageAudit } from '../../../audit/types.ts';
import type { ExportFormat } from '../format.ts';
import { escapeInvisibleInJson } from '../../text.ts';

/** The audits behind a report, as-is, in the audit schema's export format (importable again); invisible characters \u-escaped. */
export function auditsToJson(journeys: readonly Journey[], pages: readonly PageAudit[], now: Date = new Date()): string {
  const file: AuditExport = {
    format: 'dotbogi-audits',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    journeys: [...journeys],
    pages: [...pages],
  };
  return `${escapeInvisibleInJson(JSON.stringify(file, null, 2))}\n`;
}

export const format: ExportFormat = {
  id: 'json',
  extension: 'json',
  mime: 'application/json;charset=utf-8',
  labelKey: 'download.json',
  order: 2,
  content: 'audits',
  write: (context) => auditsToJson(context.journeys, context.pages, context.now),
};
