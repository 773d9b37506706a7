/**
 * Where the build packages locales/<language>/<namespace>.json as a plain file, for the
 * background to read (modules/packaged-data.ts writes it, utils/background/packaged-files.ts
 * reads it). No imports: the build module loads this file too.
 */
export function localeFilePath(language: string, namespace: string): string {
  return `/locales/${language}/${namespace}.json`;
}
