import { LANGUAGE_CODES, SOURCE_LANGUAGE } from './languages';
import { PSEUDO_LOCALE } from './pseudo';

/**
 * Picks the best shipped language for a list of preferred tags (most preferred first).
 *
 * Chinese tags are normalised with `Intl.Locale#maximize()`, so "zh-HK" and "zh-Hant" land on
 * zh-TW (Traditional) rather than falling through "zh" to Simplified, and "zh-SG" on zh-CN.
 * Other tags only need their (canonicalised) language: maximize() loads ICU's likely-subtags
 * data, which costs ~20 ms of main thread on the first call, and the overlay resolves the
 * language on every government page load.
 * The pseudo-locale is honoured only when asked for by its exact code (the options page and
 * the studio); a browser never sends it.
 */
export function resolveLanguage(preferred: readonly string[], available: readonly string[] = LANGUAGE_CODES): string {
  for (const tag of preferred) {
    if (tag === PSEUDO_LOCALE) return PSEUDO_LOCALE;
    const match = matchTag(tag, available);
    if (match) return match;
  }
  return SOURCE_LANGUAGE;
}

function matchTag(tag: string, available: readonly string[]): string | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return undefined;
  }
  const exact = available.find((code) => code.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  if (locale.language === 'zh') {
    const wanted = locale.maximize().script === 'Hant' ? 'zh-TW' : 'zh-CN';
    return available.includes(wanted) ? wanted : undefined;
  }
  if (locale.language === 'fil') return available.find((code) => code === 'tl');
  return available.find((code) => new Intl.Locale(code).language === locale.language);
}

/**
 * The languages to try, in order, when a key is missing in `language`.
 * Traditional and Simplified Chinese never fall back to each other: a reader of one may not
 * read the other, and English is the safer second choice for migrants; Korean comes last
 * because it is the site's own language and always complete.
 */
export function fallbackChain(language: string): string[] {
  const chain = [language];
  if (language !== 'en' && language !== SOURCE_LANGUAGE && language !== PSEUDO_LOCALE) chain.push('en');
  if (language !== SOURCE_LANGUAGE) chain.push(SOURCE_LANGUAGE);
  return chain;
}
