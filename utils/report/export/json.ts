import { SCHEMA_VERSION, type AuditExport, type Journey, type PageAudit } from '../../audit/types.ts';

/** The audits behind a report, as-is, in the audit schema's export format (importable again). */
export function auditsToJson(journeys: readonly Journey[], pages: readonly PageAudit[], now: Date = new Date()): string {
  const file: AuditExport = {
    format: 'dotbogi-audits',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    journeys: [...journeys],
    pages: [...pages],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
