/**
 * axe-core's own rule texts in the languages axe ships that Dotbogi also speaks. Used in the
 * background for finding titles and descriptions: inside the page, axe.configure({ locale })
 * would compile templates with `new Function`, which the extension's CSP forbids.
 */
import type { Locale } from 'axe-core';
import ko from 'axe-core/locales/ko.json';
import ja from 'axe-core/locales/ja.json';
import ru from 'axe-core/locales/ru.json';
import zhCN from 'axe-core/locales/zh_CN.json';
import zhTW from 'axe-core/locales/zh_TW.json';

const LOCALES: Record<string, Locale> = { ko, ja, ru, 'zh-CN': zhCN, 'zh-TW': zhTW } as unknown as Record<string, Locale>;

/** The axe locale for a Dotbogi language, or null where axe has none (its English then stands). */
export function axeLocaleFor(language: string): Locale | null {
  return LOCALES[language] ?? null;
}
