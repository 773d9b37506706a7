import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditExportSchema, auditJsonSchema, pageAuditSchema } from './schema';
import { samplePageAudit } from '@/tests/kits/sample-audit';
import { SCHEMA_VERSION } from './types';

const SCHEMA_FILE = join(__dirname, 'audit-schema.json');

describe('the audit output schema', () => {
  it('audit-schema.json is generated from schema.ts (run with UPDATE_AUDIT_SCHEMA=1 to refresh)', () => {
    const generated = `${JSON.stringify(auditJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_AUDIT_SCHEMA) writeFileSync(SCHEMA_FILE, generated);
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(JSON.parse(generated));
  });

  it('accepts a page audit and keeps unknown axe fields on import', () => {
    const parsed = pageAuditSchema.parse(samplePageAudit());
    expect((parsed.axe as Record<string, unknown>).toolOptions).toEqual({ iframes: true });
  });

  it('rejects an export with a finding whose persona is unknown', () => {
    const page = samplePageAudit();
    const bad = { ...page, findings: [{ ...page.findings[0]!, personas: ['robot'] }] };
    const file = { format: 'dotbogi-audits', schemaVersion: SCHEMA_VERSION, exportedAt: page.finishedAt, journeys: [], pages: [bad] };
    expect(auditExportSchema.safeParse(file).success).toBe(false);
    expect(auditExportSchema.safeParse({ ...file, pages: [page] }).success).toBe(true);
  });
});
