/**
 * Older audit records brought up to the current schema (SCHEMA.md, "Versions"): records stored in
 * IndexedDB by an earlier Dotbogi (idb-store.ts migrates them as it reads them) and export files
 * of an earlier version (transfer.ts migrates them before validating). Nothing is dropped; what
 * an old record cannot say (evidence, a frame's place in the page) is left empty, not invented.
 *
 * Version 1 → 2: each frame's raw axe results become one `axe` for the page (the frames' results
 * merged rule by rule: schema 1 ran axe frame by frame, so they stay what they were, and the
 * coverage says so); findings get a confidence from their outcome and empty evidence; skipped
 * frames get a kind from their reason.
 */
import type { AxeResults, Result } from 'axe-core';
import { isPackedAxe, packAxe, unpackAxe } from './packed-axe';
import { SCHEMA_VERSION, type Confidence, type FrameSkipKind, type PackedAxe } from './types';

type Loose = Record<string, unknown>;
type Axe = AxeResults | PackedAxe;

const BUCKETS = ['violations', 'passes', 'incomplete', 'inapplicable'] as const;

export function needsMigration(record: unknown): boolean {
  return isObject(record) && record.schemaVersion !== SCHEMA_VERSION;
}

/**
 * A page audit record of any earlier version, in the current shape. `pack`: keep axe's results
 * packed (the store) or as objects (an export file).
 */
export async function migratePageAudit(record: unknown, pack: boolean): Promise<unknown> {
  if (!isObject(record) || record.schemaVersion !== 1) return record;
  const frames = Array.isArray(record.frames) ? (record.frames as Loose[]) : [];
  const axes = frames.map((frame) => frame.axe).filter((axe): axe is Axe => isObject(axe));
  const coverage = isObject(record.coverage) ? record.coverage : {};
  return {
    ...record,
    schemaVersion: SCHEMA_VERSION,
    axe: await mergedAxe(axes, pack),
    frames: frames.map(({ frameId, url, title, error }) => ({ frameId, url, title, path: frameId === 0 ? [] : null, error })),
    findings: migrateFindings(record.findings),
    coverage: {
      ...coverage,
      framesSkipped: (Array.isArray(coverage.framesSkipped) ? (coverage.framesSkipped as Loose[]) : []).map((skip) => ({
        ...skip,
        kind: skipKind(String(skip.reason ?? '')),
      })),
      // Its axe results are per frame, not for the page: the report says so in the reader's language.
      ...(axes.length > 1 ? { frameByFrame: true } : {}),
    },
  };
}

export function migrateJourney(record: unknown): unknown {
  if (!isObject(record) || record.schemaVersion !== 1) return record;
  return { ...record, schemaVersion: SCHEMA_VERSION, findings: migrateFindings(record.findings) };
}

/** An export file of an earlier version, in the current shape (still to be validated). */
export async function migrateExportFile(file: unknown): Promise<unknown> {
  if (!isObject(file) || file.schemaVersion !== 1) return file;
  const pages = Array.isArray(file.pages) ? file.pages : [];
  const journeys = Array.isArray(file.journeys) ? file.journeys : [];
  const migrated: unknown[] = [];
  for (const page of pages) migrated.push(await migratePageAudit(page, false));
  return { ...file, schemaVersion: SCHEMA_VERSION, pages: migrated, journeys: journeys.map(migrateJourney) };
}

function migrateFindings(findings: unknown): unknown {
  if (!Array.isArray(findings)) return findings;
  return findings.map((finding: unknown) => {
    if (!isObject(finding)) return finding;
    const review = finding.outcome === 'needs-review';
    const confidence: Confidence = review ? 'needs-person' : finding.source === 'axe' ? 'certain' : 'likely';
    return { ...finding, confidence: finding.confidence ?? confidence, evidence: finding.evidence ?? [] };
  });
}

/** Schema 1 wrote these reasons (utils/background/run-audit.ts of that time). */
export function skipKind(reason: string): FrameSkipKind {
  if (/cross-origin|permission/i.test(reason)) return 'no-permission';
  if (/blank|srcdoc/i.test(reason)) return 'blank';
  if (/timed out/i.test(reason)) return 'timed-out';
  if (/navigat|removed|closed/i.test(reason)) return 'navigated';
  return 'error';
}

async function mergedAxe(axes: Axe[], pack: boolean): Promise<Axe | null> {
  if (axes.length === 0) return null;
  // One frame: its results are the page's, still packed or not as they were.
  if (axes.length === 1 && isPackedAxe(axes[0]) === pack) return axes[0]!;
  const merged = mergeAxeResults(await Promise.all(axes.map((axe) => unpackAxe(axe))));
  return pack ? packAxe(merged) : merged;
}

/**
 * Several frames' axe results as one: the first frame's environment, and each bucket's rules
 * with the nodes of every frame where the rule landed in that bucket (axe itself lists a rule in
 * every bucket where it has nodes).
 */
export function mergeAxeResults(results: readonly AxeResults[]): AxeResults {
  const [first, ...rest] = results;
  if (!first) throw new Error('nothing to merge');
  const merged = structuredClone(first);
  for (const other of rest) {
    for (const bucket of BUCKETS) {
      for (const rule of other[bucket]) {
        const known = merged[bucket].find((entry: Result) => entry.id === rule.id);
        if (known) known.nodes.push(...rule.nodes);
        else merged[bucket].push(structuredClone(rule));
      }
    }
  }
  // A rule inapplicable in one frame but run in another is not inapplicable on the page.
  const ran = new Set(BUCKETS.filter((bucket) => bucket !== 'inapplicable').flatMap((bucket) => merged[bucket].map((rule) => rule.id)));
  merged.inapplicable = merged.inapplicable.filter((rule) => !ran.has(rule.id));
  return merged;
}

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
