import { gunzipSync } from 'node:zlib';
import type { PackedAxe } from '../types.ts';

/** Bounds on one page's unpacked results: a 20,000-element page's are ~17 MB. */
const MAX_BYTES = 256 * 2 ** 20;
const MAX_CHUNK = 64 * 2 ** 20;

/**
 * axe's raw results as their JSON in UTF-8, never parsed: the CLI writes them to its stream as
 * they are (on a heavy page, parsing, walking and writing out those megabytes again was most of
 * the CLI's work). Unpacked in one synchronous step into one buffer the size gzip's trailer
 * gives, plus a byte so zlib needs no second one; freed with releaseAxeBytes once written.
 * Through DecompressionStream, each page left hundreds of 16 KiB chunks that outlived V8's young
 * collections and piled up by tens of MiB until its next full one. The trailer is only a hint (a damaged stream may lie): the chunk size is bounded, and so is the
 * output. gzip's own check still catches damaged data.
 */
export function unpackAxeBytes(packed: PackedAxe): Uint8Array<ArrayBuffer> {
  const gzip = Buffer.from(packed.data, 'base64');
  const size = gzip.length >= 4 ? gzip.readUInt32LE(gzip.length - 4) : 0;
  // Never smaller than Node's pool: a smaller Buffer may be carved from it, shared with others.
  const bytes = gunzipSync(gzip, { chunkSize: Math.min(Math.max(size + 1, Buffer.poolSize), MAX_CHUNK), maxOutputLength: MAX_BYTES });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Frees results unpacked here once they are written. Left to V8, a buffer that outlived a young
 * collection waits for the next full one, and tens of MiB of them piled up in a long run.
 * Detaching is safe only because the buffer is theirs alone (see above).
 */
export function releaseAxeBytes(bytes: Uint8Array | null | undefined): void {
  if (bytes?.buffer instanceof ArrayBuffer) bytes.buffer.transfer(0);
}
