/**
 * How a step's action tag and its text make one line on the card.
 *
 * The tag names the action ("누르기", "Nhấn", "Press"). Korean puts the verb last
 * ("「발급」 버튼을 누르세요"), so the tag leads the line on its own. Most other languages put it
 * first ("Nhấn mục 「…」"): a separate tag would read "Nhấn Nhấn mục…". When the text already
 * starts with the tag's word, that word becomes the tag, so it is said and shown once.
 *
 * Pure, so the guide validation (`npm run guides:check`) checks every language with the very
 * function the card uses.
 */
export interface ActionLine {
  /** Text shown in the tag. */
  tag: string;
  /** Text after the tag. */
  rest: string;
  /** The tag is the text's own first word(s). */
  merged: boolean;
}

export function actionLine(tag: string, text: string, language: string): ActionLine {
  const trimmed = text.trimStart();
  const head = trimmed.slice(0, tag.length);
  const boundary = trimmed.slice(tag.length, tag.length + 1);
  const sameWord = tag.length > 0 && head.toLocaleLowerCase(language) === tag.toLocaleLowerCase(language);
  // A word boundary after it (Thai, Chinese and Japanese write no spaces between words: any
  // character will do there).
  if (sameWord && (boundary === '' || /[\s\p{P}]/u.test(boundary) || !SPACED.test(language))) {
    return { tag: head, rest: trimmed.slice(tag.length), merged: true };
  }
  return { tag, rest: ` ${text}`, merged: false };
}

/** Languages that separate words with spaces (the rest: th, zh, ja, km, lo, my). */
const SPACED = /^(?!(?:th|zh|ja|km|lo|my)(?:-|$))/;

/**
 * A word said twice where the tag meets the text ("Xem điện thoại | Xem tin nhắn"): the first word
 * after the tag equals one of the tag's words. Returns that word, or null.
 */
export function repeatedAtSeam(line: ActionLine, language: string): string | null {
  const words = (value: string) =>
    [...new Intl.Segmenter(language, { granularity: 'word' }).segment(value)]
      .filter((segment) => segment.isWordLike)
      .map((segment) => segment.segment.toLocaleLowerCase(language));
  const first = words(line.rest)[0];
  if (!first) return null;
  return words(line.tag).includes(first) ? first : null;
}
