import { open, stat, truncate, type FileHandle } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from '../../../zod.ts';
import { pageAuditSchema } from '../../schema.ts';
import type { AxeResults } from 'axe-core';
import type { PageAudit } from '../../types.ts';
import { FAILURE_KINDS, type FailureKind } from '../failure-kind.ts';

/**
 * A run's results as they happen: `audit.jsonl` in the output folder, one JSON object a line,
 * appended and flushed to disk as each page finishes, so a killed run, a crash or a restarted
 * machine loses at most the pages that were in progress. Each line stands on its own: a page
 * line holds the whole page audit (redacted, as the extension redacts it) and everything needed
 * to place it in the run; a line that could not be audited says why. A journey's pages count
 * only once its `journey` line follows them (a journey interrupted half-way is audited again,
 * from its first step, in one tab).
 */
export const STREAM_FILE = 'audit.jsonl';

interface Placed {
  /** The unit's key: a page's canonical address, or "journey:<order>" for a journey's steps. */
  key: string;
  /** The unit's place in the run (results are written in this order). */
  order: number;
  given: string;
  url: string;
  /** Clicks from a crawl's start page. */
  depth?: number;
  /** A journey's step: its run id (as in audit.journeyId) and 0-based step. */
  journey?: { id: string; step: number };
}

export interface PageLine extends Placed {
  type: 'page';
  /** Same-origin links the crawler found in the rendered page (canonical), when crawling. */
  links?: string[];
  audit: PageAudit;
}

export interface NotAuditedLine extends Placed {
  type: 'not-audited';
  kind: FailureKind;
  reason: string;
}

export interface JourneyLine {
  type: 'journey';
  key: string;
  order: number;
  id: string;
  name: string;
  label?: string;
  tabId: number;
  startedAt: string;
  endedAt: string;
}

export type StreamLine = PageLine | NotAuditedLine | JourneyLine;

/**
 * A line as a run appends it: a page's axe results may come as their JSON bytes, which are written
 * as they are (auditor.ts CliPageAudit). The line on disk is the same either way.
 */
export type LineToAppend = StreamLine | (Omit<PageLine, 'audit'> & { audit: PageAudit<AxeResults | Uint8Array> });

const placed = {
  key: z.string(),
  order: z.number().int().nonnegative(),
  given: z.string(),
  url: z.string(),
  depth: z.number().int().nonnegative().optional(),
  journey: z.object({ id: z.string(), step: z.number().int().nonnegative() }).optional(),
};
const lineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page'), ...placed, links: z.array(z.string()).optional(), audit: pageAuditSchema }),
  z.object({ type: z.literal('not-audited'), ...placed, kind: z.enum(FAILURE_KINDS), reason: z.string() }),
  z.object({
    type: z.literal('journey'),
    key: z.string(),
    order: z.number().int().nonnegative(),
    id: z.string(),
    name: z.string(),
    label: z.string().optional(),
    tabId: z.number(),
    startedAt: z.string(),
    endedAt: z.string(),
  }),
]);

/** A line that cannot be read: the message names the file and the line. */
export class StreamError extends Error {
  override name = 'StreamError';
}

/** Appends lines, each flushed to disk before the next page is counted as done. */
export interface StreamWriter {
  append(line: LineToAppend): Promise<void>;
  /**
   * Where each line appended so far is, as scanStream would index it: a run that ends builds its
   * files from these rather than parsing its whole stream again (a 2,000-page stream is gigabytes).
   */
  readonly written: readonly LineIndex[];
  close(): Promise<void>;
}

/** Opens the stream for appending after the `before` lines already in it (none for a new run). */
export async function openStream(file: string, before: Pick<ScanResult, 'lineCount'> = { lineCount: 0 }): Promise<StreamWriter> {
  const handle = await open(file, 'a');
  let offset = (await handle.stat()).size;
  let number = before.lineCount;
  const written: LineIndex[] = [];
  // One write at a time, in the order pages finished.
  let queue = Promise.resolve();
  return {
    written,
    append(line) {
      const { chunks, ...starts } = lineChunks(line);
      const done = queue.then(async () => {
        await handle.writev(chunks);
        await handle.datasync();
        const length = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
        written.push({ ...indexOf(line, ++number, offset, length, false), ...starts });
        offset += length;
      });
      queue = done.catch(() => undefined);
      return done;
    },
    async close() {
      await queue;
      await handle.close();
    },
  };
}

/**
 * A line's bytes. A page's audit comes last, so audit.json can copy it (`auditStart`: where it
 * begins, in bytes), and axe's raw results last within it, their JSON bytes copied in unparsed.
 */
function lineChunks(line: LineToAppend): { chunks: Uint8Array[]; auditStart?: number; axeStart?: number } {
  if (line.type !== 'page') return { chunks: [Buffer.from(`${JSON.stringify(line)}\n`)] };
  const { audit, ...placed } = line;
  const { axe, ...rest } = audit;
  const opening = `${JSON.stringify(placed).slice(0, -1)},"audit":`;
  const head = Buffer.from(`${opening}${JSON.stringify(rest).slice(0, -1)},"axe":`);
  const axeJson = axe instanceof Uint8Array ? axe : Buffer.from(JSON.stringify(axe));
  return { chunks: [head, axeJson, Buffer.from('}}\n')], auditStart: Buffer.byteLength(opening), axeStart: head.byteLength };
}

/** One line as read back: what it is, and where it is in the file (to read it again without keeping it). */
export interface LineIndex {
  line: number;
  offset: number;
  length: number;
  type: StreamLine['type'];
  key: string;
  order: number;
  /** Page and not-audited lines: the journey run they belong to. */
  journeyId?: string;
  step?: number;
  /** Journey lines: their run id. */
  id?: string;
  url?: string;
  given?: string;
  depth?: number;
  kind?: FailureKind;
  reason?: string;
  links?: string[];
  /** A page line: the page audit's settings-relevant engines, for merge. */
  engines?: PageAudit['engines'];
  /**
   * A page line whose audit is its last member (as this CLI writes them): where the audit's JSON
   * starts, in bytes from the line's start; it runs to the line's closing brace. audit.json copies
   * those bytes as they are rather than parsing and writing the page again.
   */
  auditStart?: number;
  /**
   * A page line whose audit ends with axe's raw results (as this CLI writes them): where they
   * start, in bytes from the line's start. Reports read the line without them (openLines readForReport).
   */
  axeStart?: number;
}

export interface ScanResult {
  lines: LineIndex[];
  /** Bytes of whole lines; anything after is a line cut off by a crash. */
  goodBytes: number;
  /** Whole lines, blank ones too (the next line appended is number lineCount + 1). */
  lineCount: number;
  /** A last line cut off mid-write (no newline, or not JSON): it is ignored, and that page audited again. */
  torn: boolean;
}

/**
 * Reads every line once, checking it, and keeps only where each is and what it names (flat
 * memory: a 2,000-page run's lines are never held at once). A bad line anywhere but at the very
 * end is an error naming the file and line; a last line without its newline is what a kill
 * mid-write leaves, and is reported as `torn`.
 */
export async function scanStream(file: string, options: { links?: boolean } = {}): Promise<ScanResult> {
  const lines: LineIndex[] = [];
  let offset = 0;
  let number = 0;
  let torn = false;
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    return { lines, goodBytes: 0, lineCount: 0, torn: false };
  }
  const reader = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let pending: { text: string; number: number; offset: number } | null = null;
  const check = (text: string, at: number, start: number, last: boolean) => {
    const length = Buffer.byteLength(text) + 1;
    const hasNewline = start + length <= size;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      if (last && !hasNewline) return ((torn = true), undefined);
      throw new StreamError(`${file} line ${at}: not a JSON line (${error instanceof Error ? error.message : String(error)})`);
    }
    if (last && !hasNewline) return ((torn = true), undefined);
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new StreamError(`${file} line ${at}: not a result line (${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'})`);
    }
    const index = indexOf(parsed.data as StreamLine, at, start, length, options.links ?? false);
    if (index.type === 'page') {
      const auditAt = lastMemberAt(text, value, 'audit');
      if (auditAt !== null) {
        index.auditStart = Buffer.byteLength(text.slice(0, auditAt));
        const axeAt = lastMemberAt(text.slice(auditAt, -1), (value as PageLine).audit, 'axe');
        if (axeAt !== null) index.axeStart = Buffer.byteLength(text.slice(0, auditAt + axeAt));
      }
    }
    lines.push(index);
    return length;
  };
  for await (const text of reader) {
    number++;
    if (pending) offset += check(pending.text, pending.number, pending.offset, false) ?? 0;
    pending = text.trim() ? { text, number, offset } : null;
    if (!pending) offset += Buffer.byteLength(text) + 1;
  }
  if (pending) offset += check(pending.text, pending.number, pending.offset, true) ?? 0;
  return { lines, goodBytes: Math.min(offset, size), lineCount: torn ? number - 1 : number, torn };
}

function indexOf(line: LineToAppend, number: number, offset: number, length: number, keepLinks: boolean): LineIndex {
  const base = { line: number, offset, length, type: line.type, key: line.key, order: line.order };
  if (line.type === 'journey') return { ...base, id: line.id };
  return {
    ...base,
    journeyId: line.journey?.id,
    step: line.journey?.step,
    url: line.url,
    given: line.given,
    depth: line.depth,
    ...(line.type === 'not-audited'
      ? { kind: line.kind, reason: line.reason }
      : { engines: line.audit.engines, ...(keepLinks && line.links ? { links: line.links } : {}) }),
  };
}

/**
 * Where the value of a JSON object's last member `name` starts in its text (in UTF-16 code units,
 * as text indexes count), or null when `name` is not its last member or the text is not that
 * compact object. Only the text before the member is walked, skipping strings, at depth 1.
 */
export function lastMemberAt(text: string, value: unknown, name: string): number | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const keys = Object.keys(value);
  if (keys.at(-1) !== name || keys.indexOf(name) !== keys.length - 1 || !text.endsWith('}')) return null;
  const key = `${JSON.stringify(name)}:`;
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (char === 0x22) {
      // A member name at depth 1, right after "{" or ",": the one we look for, or another to skip.
      if (depth === 1 && text.startsWith(key, at) && /[{,]\s*$/.test(text.slice(Math.max(0, at - 8), at))) return at + key.length;
      for (at++; at < text.length && text.charCodeAt(at) !== 0x22; at++) if (text.charCodeAt(at) === 0x5c) at++;
    } else if (char === 0x7b || char === 0x5b) depth++;
    else if (char === 0x7d || char === 0x5d) depth--;
  }
  return null;
}

/**
 * Reads lines again by their place, through one open file and one buffer for all of them (a
 * finishing run reads every line once more: no file opened and no buffer allocated per line).
 */
export interface LineReader {
  /** The line, parsed. */
  read(index: Pick<LineIndex, 'offset' | 'length'>): Promise<StreamLine>;
  /**
   * A page line without axe's raw results (`axe: null`), all a report reads: where the index
   * knows they start, the megabytes of them on a heavy page are not even parsed.
   */
  readForReport(index: Pick<LineIndex, 'offset' | 'length' | 'axeStart'>): Promise<PageLine>;
  /**
   * A page line's audit as JSON bytes, valid until the next call (the buffer is reused): copied
   * from the line when scanStream found where it starts, otherwise written again from the parsed line.
   */
  auditBytes(index: Pick<LineIndex, 'offset' | 'length' | 'auditStart'>): Promise<Buffer>;
  close(): Promise<void>;
}

export function openLines(file: string): LineReader {
  // Opened at the first read: a run with nothing streamed has no file to open.
  let handle: Promise<FileHandle> | undefined;
  let buffer = Buffer.alloc(64 * 1024);
  const bytes = async (index: Pick<LineIndex, 'offset' | 'length'>) => {
    if (buffer.length < index.length) buffer = Buffer.alloc(Math.max(index.length, buffer.length * 2));
    const { bytesRead } = await (await (handle ??= open(file, 'r'))).read(buffer, 0, index.length, index.offset);
    return buffer.subarray(0, bytesRead);
  };
  return {
    async read(index) {
      return JSON.parse((await bytes(index)).toString('utf8')) as StreamLine;
    },
    async readForReport(index) {
      const line = await bytes(index);
      if (index.axeStart !== undefined) return JSON.parse(`${line.toString('utf8', 0, index.axeStart)}null}}`) as PageLine;
      const parsed = JSON.parse(line.toString('utf8')) as PageLine;
      return { ...parsed, audit: { ...parsed.audit, axe: null } };
    },
    async auditBytes(index) {
      const line = await bytes(index);
      if (index.auditStart !== undefined) {
        // The line ends with the object's closing brace and its newline.
        let end = line.length;
        while (end > 0 && line[end - 1] !== 0x7d) end--;
        return line.subarray(index.auditStart, end - 1);
      }
      return Buffer.from(JSON.stringify((JSON.parse(line.toString('utf8')) as PageLine).audit));
    },
    close: async () => {
      await (await handle?.catch(() => undefined))?.close();
    },
  };
}

/** Drops a torn last line before appending after it (resume). */
export async function cutTornLine(file: string, goodBytes: number): Promise<void> {
  await truncate(file, goodBytes);
}

/** The lines that count: journeys whose closing line was written, pages outside journeys, and each key once (the first). */
export function countedLines(lines: readonly LineIndex[]): LineIndex[] {
  const finishedJourneys = new Set(lines.filter((line) => line.type === 'journey').map((line) => line.id));
  const seen = new Set<string>();
  return lines.filter((line) => {
    if (line.type !== 'journey' && line.journeyId !== undefined) return finishedJourneys.has(line.journeyId);
    if (seen.has(line.key)) return false;
    seen.add(line.key);
    return true;
  });
}
