/**
 * axe's complete raw results for a frame, as the extension keeps and sends them: gzip-compressed
 * JSON in base64. On a 20,000-element page axe's results are ~17 MB of JSON; every hop between
 * contexts (frame → background → IndexedDB → extension page → the CLI in Node) serialises that
 * again and took 2–4 s each, while the packed form is ~0.5 MB. Only what reads axe's raw results
 * unpacks them: exports, imports and the CLI. Findings and rules are built from `axeRules` (the
 * same results without the passed nodes) and never need unpacking.
 *
 * Built on CompressionStream/Response, which the page, the service worker, extension pages and
 * Node all have, so one implementation serves every context. The CLI alone unpacks with Node's
 * zlib instead (cli/axe-bytes.ts): it keeps the results as bytes, page after page.
 */
import type { AxeResults } from 'axe-core';
import type { PackedAxe, PageAudit, StoredPageAudit } from './types';

export function isPackedAxe(value: unknown): value is PackedAxe {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as PackedAxe).encoding === 'gzip+base64' &&
    typeof (value as PackedAxe).data === 'string'
  );
}

export async function packAxe(results: AxeResults): Promise<PackedAxe> {
  // One write of the encoded bytes: measured faster than piping a Response or Blob stream through.
  const gzip = new CompressionStream('gzip');
  const writer = gzip.writable.getWriter();
  const [compressed] = await Promise.all([
    new Response(gzip.readable).arrayBuffer(),
    writer.write(new TextEncoder().encode(JSON.stringify(results))),
    writer.close(),
  ]);
  // In a Firefox content script the Response is the page's, and so is its buffer: our typed arrays
  // may not look inside it ("Permission denied to access property constructor"). A structured
  // clone is a buffer of our own (about 0.5 MB for a 20,000-element page: a copy costs nothing).
  return { encoding: 'gzip+base64', data: toBase64(new Uint8Array(structuredClone(compressed))) };
}

/**
 * Records stored before axe's results were packed hold the results object itself: it is returned
 * as it is, so upgrading loses no audit.
 */
export async function unpackAxe(value: PackedAxe | AxeResults): Promise<AxeResults> {
  if (!isPackedAxe(value)) return value;
  const bytes = fromBase64(value.data);
  const text = await new Response(new Response(bytes).body!.pipeThrough(new DecompressionStream('gzip'))).text();
  return JSON.parse(text) as AxeResults;
}

/** The page audit with axe's raw results as objects (exports, imports, the report page). */
export async function unpackPageAudit(page: StoredPageAudit): Promise<PageAudit> {
  return { ...page, axe: page.axe && (await unpackAxe(page.axe)) };
}

/** The page audit as the extension keeps it (an imported file's audits, before they are stored). */
export async function packPageAudit(page: PageAudit): Promise<StoredPageAudit> {
  return { ...page, axe: page.axe && (await packAxe(page.axe)) };
}

/** Chunked: String.fromCharCode with one argument per byte overflows the stack on large arrays. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
