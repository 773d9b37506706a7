/**
 * English sentences in text meant for people: four or more Latin-script words in a row (a name
 * such as "Header and Footer" or "WCAG 2.2" stays allowed), after taking out URLs and the given
 * rule ids; also a locale key shown for want of its string ("coverage.notTested.hidden"). Callers
 * leave out what is code by nature (selectors, snippets, technical reasons in <code>) first.
 * Plain TypeScript without a DOM: unit tests and the e2e suite both use it.
 */
export function englishSentences(text: string, ruleIds: readonly string[]): string[] {
  const ids = new Set(ruleIds);
  const cleaned = text
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/[a-z][a-z0-9]*(?:-[a-z0-9]+)*/g, (word) => (ids.has(word) ? ' ' : word));
  const sentences = [...cleaned.matchAll(/[A-Za-z][A-Za-z'’-]*(?:[ \t,;:]+[A-Za-z][A-Za-z'’-]*){3,}/g)].map((match) => match[0]);
  const keys = [...cleaned.matchAll(/\b[a-z]+[A-Za-z]*(?:\.[a-zA-Z-]+)+\b/g)]
    .map((match) => match[0])
    .filter((key) => !/\.(?:kr|com|org|net|html?)$/.test(key));
  return [...sentences, ...keys];
}
