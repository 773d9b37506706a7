/**
 * Splits text into short pieces for speechSynthesis. Chrome's online voices stop after about
 * 14 s and give no word boundaries, so each piece must be short: sentences first, then phrases
 * (commas and the like), then words. Sentences are cut by punctuation, not by a sentence
 * Intl.Segmenter: making one costs 20–90 ms in a fresh page, a long task on the first 읽어주기;
 * the word segmenter is cheap and knows scripts without spaces (Thai, Khmer, Japanese).
 */
import { sentenceSpans } from '@/utils/easy-read/sentences';

export interface Chunk {
  text: string;
  /** Offsets into the original text, so the piece can be highlighted on the page. */
  start: number;
  end: number;
}

/** About 10 s of Korean at a slow rate. */
export const MAX_CHUNK_LENGTH = 60;

const PHRASE_END = /[,;:،、，；：]\s*/g;

export function chunkText(text: string, language: string, maxLength = MAX_CHUNK_LENGTH): Chunk[] {
  const chunks: Chunk[] = [];
  for (const { start, end } of sentenceSpans(text)) {
    const sentence = { text: text.slice(start, end), start, end };
    for (const piece of splitLong(sentence, language, maxLength)) {
      const trimmed = trimChunk(piece);
      if (trimmed) chunks.push(trimmed);
    }
  }
  return chunks;
}

function words(text: string, language: string): Chunk[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
  return [...segmenter.segment(text)].map(({ segment, index }) => ({ text: segment, start: index, end: index + segment.length }));
}

function splitLong(chunk: Chunk, language: string, maxLength: number): Chunk[] {
  if (chunk.text.trim().length <= maxLength) return [chunk];
  // Phrases: cut after punctuation inside the sentence.
  const phrases: Chunk[] = [];
  let from = 0;
  for (const match of chunk.text.matchAll(PHRASE_END)) {
    const to = match.index + match[0].length;
    phrases.push(slice(chunk, from, to));
    from = to;
  }
  phrases.push(slice(chunk, from, chunk.text.length));
  // Then pack words up to the limit inside any phrase still too long.
  return phrases.flatMap((phrase) => (phrase.text.trim().length <= maxLength ? [phrase] : packWords(phrase, language, maxLength)));
}

function packWords(chunk: Chunk, language: string, maxLength: number): Chunk[] {
  const pieces: Chunk[] = [];
  let current: Chunk | null = null;
  for (const word of words(chunk.text, language)) {
    const absolute = { text: word.text, start: chunk.start + word.start, end: chunk.start + word.end };
    if (current && current.text.length + word.text.length > maxLength) {
      pieces.push(current);
      current = null;
    }
    current = current ? { text: current.text + word.text, start: current.start, end: absolute.end } : absolute;
  }
  if (current) pieces.push(current);
  return pieces;
}

function slice(chunk: Chunk, from: number, to: number): Chunk {
  return { text: chunk.text.slice(from, to), start: chunk.start + from, end: chunk.start + to };
}

function trimChunk(chunk: Chunk): Chunk | null {
  const leading = chunk.text.length - chunk.text.trimStart().length;
  const text = chunk.text.trim();
  if (!text || !/[\p{L}\p{N}]/u.test(text)) return null;
  return { text, start: chunk.start + leading, end: chunk.start + leading + text.length };
}
