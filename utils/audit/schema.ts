/**
 * zod mirror of utils/audit/types.ts. Validates imported files (audits:import) and generates
 * utils/audit/audit-schema.json (see schema.test.ts, which fails when the file is stale).
 * Background/extension pages only: never imported by a content script.
 */
import { z } from '@/utils/zod';
import {
  CONFIDENCES,
  FRAME_SKIP_KINDS,
  PERSONAS,
  SCHEMA_VERSION,
  SEVERITIES,
  type AuditExport,
  type Journey,
  type PageAudit,
} from './types';

const outcome = z.enum(['failed', 'passed', 'needs-review', 'inapplicable']);
const source = z.enum(['axe', 'dotbogi']);
const isoTime = z.string().describe('ISO 8601 date-time');
const kwcagItems = z.array(z.string().regex(/^\d\.\d\.\d$/)).describe('KWCAG 2.2 items, NIA numbering ("1.1.1" ↔ clause "5.1.1")');
const wcagCriteria = z.array(z.string().regex(/^\d\.\d\.\d+$/)).describe('WCAG 2.2 success criteria');

/** axe's own result object, kept as axe gave it (only page text is redacted). */
const axeResult = z
  .looseObject({
    testEngine: z.looseObject({ name: z.string(), version: z.string() }),
    url: z.string(),
    timestamp: z.string(),
    violations: z.array(z.looseObject({ id: z.string() })),
    passes: z.array(z.looseObject({ id: z.string() })),
    incomplete: z.array(z.looseObject({ id: z.string() })),
    inapplicable: z.array(z.looseObject({ id: z.string() })),
  })
  .describe('axe-core AxeResults for the whole page (axe.finishRun)');

export const ruleRunSchema = z.object({
  ruleId: z.string(),
  source,
  outcome,
  kwcag: kwcagItems,
  wcag: wcagCriteria,
  frames: z.array(z.object({ frame: z.number().int().min(0), outcome })),
});

const evidenceField = z.object({
  step: z.number().int().min(0),
  label: z.string(),
  purpose: z.string(),
  autocomplete: z.string(),
  type: z.string(),
});

export const evidenceSchema = z
  .object({
    key: z.string().regex(/^[A-Za-z][\w-]*$/),
    values: z.record(z.string(), z.union([z.string(), z.number()])),
    measured: z
      .object({
        quantity: z.string(),
        value: z.number(),
        unit: z.string(),
        comparison: z.enum(['<', '≤', '>', '≥']),
        threshold: z.number(),
      })
      .optional(),
    matched: z.array(z.string()).optional(),
    same: z.tuple([evidenceField, evidenceField]).optional(),
  })
  .describe('why a Dotbogi check fired: the sentence is the locale string rules:<ruleId>.evidence.<key> filled with values');

export const findingNodeSchema = z.object({
  target: z.array(z.string()),
  frame: z.number().int().min(0),
  snippet: z.string().max(400).describe('redacted outerHTML start'),
  message: z.string(),
  templateSignature: z.string(),
  evidence: evidenceSchema.optional(),
});

export const findingSchema = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{8}$/)
    .describe('stable finding id (FNV-1a, 32 bit, hex)'),
  ruleId: z.string(),
  source,
  outcome: z.enum(['failed', 'needs-review']),
  title: z.string().optional().describe('schema 1 records only: the rule text in the audit language'),
  description: z.string().optional().describe('schema 1 records only'),
  helpUrl: z.string().optional(),
  kwcag: kwcagItems,
  wcag: wcagCriteria,
  personas: z.array(z.enum(PERSONAS)),
  severity: z.enum(SEVERITIES),
  confidence: z.enum(CONFIDENCES),
  evidence: z.array(evidenceSchema),
  nodes: z.array(findingNodeSchema),
});

const kwcagRow = z.object({
  item: z.string(),
  clause: z.string(),
  status: z.enum(['automated-pass', 'fail', 'needs-review', 'manual-only']),
  rules: z.array(z.string()),
});

const viewport = z.object({
  width: z.number(),
  height: z.number(),
  devicePixelRatio: z.number(),
  kind: z.enum(['desktop', 'mobile']),
});

export const pageAuditSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  journeyId: z.string().nullable(),
  url: z.string(),
  title: z.string(),
  startedAt: isoTime,
  finishedAt: isoTime,
  durationMs: z.number().min(0),
  status: z.enum(['complete', 'partial', 'interrupted']),
  engines: z.object({ axeCore: z.string(), dotbogi: z.string(), locale: z.string().optional().describe('older audits only') }),
  viewport,
  axe: axeResult.nullable(),
  frames: z.array(
    z.object({
      frameId: z.number().int(),
      url: z.string(),
      title: z.string(),
      path: z.array(z.number().int().min(0)).nullable(),
      error: z.string().nullable(),
    }),
  ),
  rules: z.array(ruleRunSchema),
  findings: z.array(findingSchema),
  kwcag: z.array(kwcagRow),
  coverage: z.object({
    framesAudited: z.number().int().min(0),
    framesSkipped: z.array(z.object({ url: z.string(), reason: z.string(), kind: z.enum(FRAME_SKIP_KINDS) })),
    errors: z.array(z.object({ frame: z.string(), message: z.string() })),
    manualOnly: z.array(z.string()),
    notTested: z.array(z.string()).optional().describe('schema 1 records only: English, not shown'),
    frameByFrame: z.literal(true).optional().describe('a schema 1 record audited frame by frame'),
  }),
  facts: z.object({
    help: z.array(z.object({ text: z.string(), region: z.string(), position: z.enum(['top', 'middle', 'bottom', 'fixed']) })),
    fields: z.array(z.object({ purpose: z.string(), label: z.string(), name: z.string(), autocomplete: z.string(), type: z.string() })),
  }),
});

/**
 * A page audit as the extension sends it between its contexts and to the CLI: axe's raw results
 * packed (utils/audit/packed-axe.ts), checked without unpacking them.
 */
export const packedPageAuditSchema = pageAuditSchema.extend({
  axe: z.object({ encoding: z.literal('gzip+base64'), data: z.string() }).nullable(),
});

export const journeySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  name: z.string(),
  tabId: z.number().int(),
  status: z.enum(['recording', 'stopped']),
  startedAt: isoTime,
  endedAt: isoTime.nullable(),
  pages: z.array(z.string()),
  findings: z.array(findingSchema),
  kwcag: z.array(kwcagRow),
});

export const auditExportSchema = z.object({
  format: z.literal('dotbogi-audits'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: isoTime,
  journeys: z.array(journeySchema),
  pages: z.array(pageAuditSchema),
});

/** The JSON Schema of an export file (pages and journeys are in $defs via the properties). */
export function auditJsonSchema() {
  return {
    $id: `https://dotbogi.kr/schema/audit-export-v${SCHEMA_VERSION}.json`,
    title: `Dotbogi audit export (schema version ${SCHEMA_VERSION})`,
    ...z.toJSONSchema(auditExportSchema, { target: 'draft-2020-12' }),
  };
}

// Compile-time guarantee that every value our types allow passes the schema. (`axe` is left out:
// axe's result interfaces have no index signature, which zod's loose objects require.)
type WithoutAxe<T> = Omit<T, 'axe'>;
export const _typesFitSchema: [
  (value: WithoutAxe<PageAudit>) => WithoutAxe<z.input<typeof pageAuditSchema>>,
  (value: Journey) => z.input<typeof journeySchema>,
] = [(value) => value, (value) => value];
export type { AuditExport };
