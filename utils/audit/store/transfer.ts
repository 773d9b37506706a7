/**
 * Export and import of audits as one JSON file (AuditExport, see SCHEMA.md). Import validates
 * against the schema and redacts snippets again, so a hand-edited file cannot smuggle personal
 * data into the store; existing records with the same id are replaced (importing twice is harmless).
 */
import { auditExportSchema } from '../schema';
import { redactTree } from '../redact';
import { SCHEMA_VERSION, type AuditExport, type Journey, type PageAudit } from '../types';
import { packPageAudit, unpackPageAudit } from '../packed-axe';
import { migrateExportFile } from '../migrate';
import { ProblemError, schemaProblem } from '../problem';
import type { AuditStore } from './audit-store';

export async function exportAudits(
  store: AuditStore,
  options: { journeyId?: string; pageIds?: string[] },
  now = new Date(),
): Promise<AuditExport> {
  const journeys = (await store.listJourneys()).filter((journey) => options.journeyId === undefined || journey.id === options.journeyId);
  let pages = await store.listPages(options.journeyId);
  if (options.pageIds) pages = pages.filter((page) => options.pageIds!.includes(page.id));
  // Unpacked one page at a time: a file of many pages never holds every page twice.
  // Redacted on the way out like every export: axe's results too, once unpacked.
  const unpacked: PageAudit[] = [];
  for (const page of pages) unpacked.push(redactTree(await unpackPageAudit(page)));
  return { format: 'dotbogi-audits', schemaVersion: SCHEMA_VERSION, exportedAt: now.toISOString(), journeys, pages: unpacked };
}

export async function importAudits(store: AuditStore, file: unknown): Promise<{ journeys: number; pages: number }> {
  // Refused with the versions as data: the side panel says it in the reader's language.
  const problem = schemaProblem(file);
  if (problem) throw new ProblemError(problem);
  // A file an earlier Dotbogi exported is brought to the current schema first, then validated.
  const migrated = await migrateExportFile(file).catch((error: unknown) => {
    throw new Error(
      `Not a Dotbogi audit file: an older file that could not be read (${error instanceof Error ? error.message : String(error)})`,
    );
  });
  const parsed = auditExportSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Not a Dotbogi audit file: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`);
  }
  // Everything a file brings is redacted before it is stored, axe's raw results included (they are packed after).
  const data = redactTree(parsed.data as unknown as AuditExport);
  for (const page of data.pages) await store.putPage(await packPageAudit(page));
  for (const journey of data.journeys) {
    // An imported journey is a record, never a live recording.
    const stopped: Journey = { ...journey, status: 'stopped', endedAt: journey.endedAt ?? journey.startedAt };
    await store.putJourney(stopped);
  }
  return { journeys: data.journeys.length, pages: data.pages.length };
}
