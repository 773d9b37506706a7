import { describe, expect, it } from 'vitest';
import { auditExportSchema } from '@/utils/audit/schema';
import { SCHEMA_VERSION } from '@/utils/audit/types';
import { auditsToJson } from './json.ts';
import { syntheticJourney } from '@/tests/kits/report/synthetic-audits.ts';

describe('JSON export', () => {
  it('is the audits as-is, in the audit schema’s export format, importable again', () => {
    const { journey, pages } = syntheticJourney(3);
    const text = auditsToJson([journey], pages, new Date('2026-11-27T03:00:00Z'));
    const parsed = auditExportSchema.safeParse(JSON.parse(text));
    expect(parsed.success ? 'valid' : parsed.error.issues[0]).toBe('valid');
    expect(JSON.parse(text)).toEqual({
      format: 'dotbogi-audits',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: '2026-11-27T03:00:00.000Z',
      journeys: [journey],
      pages,
    });
  });
});
