/**
 * axe-core's own rule texts, in the languages axe ships that Dotbogi also speaks: its file under
 * node_modules/axe-core/locales for each Dotbogi language. modules/packaged-data.ts packages them;
 * the background reads one when an audit needs it (utils/background/packaged-files.ts) and uses it
 * for finding titles and descriptions. Inside the page, axe.configure({ locale }) would compile
 * templates with `new Function`, which the extension's CSP forbids.
 */
export const AXE_LOCALE_FILES: Readonly<Record<string, string>> = { ko: 'ko', ja: 'ja', ru: 'ru', 'zh-CN': 'zh_CN', 'zh-TW': 'zh_TW' };

/** Where the build puts the axe locale for a Dotbogi language, or null where axe has none (its English then stands). */
export function axeLocalePath(language: string): string | null {
  return Object.hasOwn(AXE_LOCALE_FILES, language) ? `/axe-locales/${language}.json` : null;
}
