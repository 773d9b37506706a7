/**
 * Sentences and clauses for the easy-read view. Nothing here rewrites a word: long sentences are
 * shown as shorter lines, cut only where the words themselves end a clause, so every number,
 * date, amount and name reads exactly as on the page.
 */

/** Sentences longer than this (characters) are cut into clauses where that is safe. */
export const LONG_SENTENCE = 45;
/** Neither side of a cut may be shorter than this: a cut must leave two readable lines. */
const MIN_CLAUSE = 12;

/**
 * Korean clause endings that join two clauses ("…방문하거나 …", "…할 수 있으며, …"): a cut after
 * one of them, at the space that follows, keeps both lines grammatical as they are. Not before
 * a helping verb ("하고 있습니다", "하고 주시기"), where the two words are one meaning.
 */
const KOREAN_CLAUSE_END =
  /(?:으며|이며|하며|되며|있으며|없으며|거나|지만|으나|므로|는데|있고|없고|하고|되고)(?=,?\s(?!있|없|계|싶|주|보|말|놓|두|드리))/gu;
/** A comma followed by a space ends a phrase in most scripts (1,520 has no space: never cut). */
const COMMA_BREAK = /[,،、;；](?=\s)/gu;

/**
 * A sentence ends at . ! ? (or their CJK and Khmer forms), with any closing quotes or brackets,
 * followed by a space. Not Intl.Segmenter: making one costs 60–90 ms in a fresh page, a long task
 * the reader would feel on every page, while this is exact enough for cutting lines.
 */
const SENTENCE_END = /[.!?。！？។]+["'”’」』)\]]*\s+|[。！？]+["'”’」』)\]]*/gu;

/** Splits text into sentences, keeping numbered dates ("2024. 3. 1.") and numbered items ("1. 신청") whole. */
export function sentences(text: string): string[] {
  return sentenceSpans(text)
    .map(({ start, end }) => text.slice(start, end).trim())
    .filter((sentence) => sentence !== '');
}

/**
 * Where each sentence of the text starts and ends (untrimmed, covering the whole text). Read
 * aloud (utils/speech/chunk.ts) cuts by these too, for the same reason as the view.
 */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let last = 0;
  const push = (end: number) => {
    const previous = spans.at(-1);
    const piece = text.slice(last, end);
    const before = previous ? text.slice(previous.start, previous.end) : undefined;
    // The dots of a date or of a number, not full stops.
    const numberDot = before !== undefined && /(?:^|[\s(~])\d{1,4}\.\s*$/u.test(before);
    if (previous && numberDot && (/^\d/u.test(piece) || /^\s*\d{1,4}\.\s*$/u.test(before))) previous.end = end;
    else spans.push({ start: last, end });
    last = end;
  };
  for (const match of text.matchAll(SENTENCE_END)) push(match.index + match[0].length);
  if (last < text.length) push(text.length);
  return spans;
}

/**
 * Cuts a long sentence into clauses at safe places: after a Korean connective ending or a
 * comma, each followed by a space, never inside a number, and never leaving a scrap.
 * Short sentences come back whole.
 */
export function clauses(sentence: string, language: string): string[] {
  if (sentence.length <= LONG_SENTENCE) return [sentence];
  const cuts = new Set<number>();
  const pattern = language.startsWith('ko') ? [KOREAN_CLAUSE_END, COMMA_BREAK] : [COMMA_BREAK];
  for (const regex of pattern) {
    for (const match of sentence.matchAll(regex)) {
      let end = match.index + match[0].length;
      if (sentence[end] === ',') end += 1;
      cuts.add(end);
    }
  }
  const lines: string[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (sentence.slice(start, cut).trim().length < MIN_CLAUSE || sentence.slice(cut).trim().length < MIN_CLAUSE) continue;
    lines.push(sentence.slice(start, cut).trim());
    start = cut;
  }
  lines.push(sentence.slice(start).trim());
  return lines.filter((line) => line !== '');
}

/** Amounts, dates, times, phone numbers and counts: shown in bold, never changed. */
const NUMBER =
  /\d{2,4}-\d{3,4}-\d{4}|\d{4}[.-]\s?\d{1,2}[.-]\s?\d{1,2}\.?|\d[\d,]*(?:\.\d+)?\s?(?:만\s?원|억\s?원|원|달러|%|퍼센트|년|개월|월|일|시간|시|분|초|통|건|개|명|세|살|회|번|장|부|쪽|km|kg|m)?/gu;

export interface TextRun {
  text: string;
  number?: boolean;
}

/** Splits text into runs, marking the numbers in it. */
export function numberRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBER)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    runs.push({ text: match[0], number: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}

/** About ten seconds of speech: Chrome's online voices stop after about fourteen (see utils/speech). */
export const SPEECH_PIECE = 60;

/**
 * A line of the view in pieces short enough to read aloud, cut at spaces (a line is already a
 * sentence or a clause; read aloud elsewhere packs words with a word Intl.Segmenter, kept out of this view).
 */
export function speechPieces(line: string, max = SPEECH_PIECE): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const word of line.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > max) {
      pieces.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) pieces.push(current);
  return pieces;
}
