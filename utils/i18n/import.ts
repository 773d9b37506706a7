/**
 * Takes a file a volunteer exported from the translator
 * studio into the project. The file is checked exactly as the studio checks an import (a broken
 * file changes nothing and every problem is named); then its strings go into
 * locales/<language>/<namespace>.json in the Korean's key order, the Korean each string was made
 * from into _source-hashes.json (so a string translated from older Korean stays flagged), and its
 * reviews into _reviews.json. Version-1 files are migrated, not refused. `npm run i18n:import`
 * (import-cli.ts) runs it on a file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateBundle } from './bundle.ts';
import { parseLocales } from './lint.ts';
import type { Problem } from './problem.ts';
import { syncHashes } from './hashes.ts';
import { parseReviews, reviewsFileText, validReview, type Reviews } from './reviews.ts';
import { keysFor, sourceUnits, unflatten, type FlatStrings } from './strings.ts';
import { readLocaleInput, REVIEWS_FILE, writeHashes } from './read-locales.ts';

export interface ImportResult {
  language: string;
  /** Errors that stopped the import (nothing was written). */
  problems: Problem[];
  strings: number;
  reviews: number;
  /** Reviews in the file of a text that has changed since: left out. */
  outdatedReviews: number;
}

/** Takes an exported studio file into the locales folder under `root`. Writes nothing when the file has errors. */
export function importBundle(root: string, text: string): ImportResult {
  const input = readLocaleInput(root);
  const { sources, targets } = parseLocales(input);
  const languages = input.languages.map((language) => language.code).filter((code) => code !== input.source);
  const { bundle, flat, problems } = validateBundle(text, sources, languages, input.context);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (!bundle) return { language: '', problems: errors, strings: 0, reviews: 0, outdatedReviews: 0 };

  const language = bundle.language;
  let strings = 0;
  for (const [namespace, imported] of Object.entries(flat)) {
    const merged: FlatStrings = { ...targets[language]?.[namespace], ...imported };
    const ordered: FlatStrings = {};
    for (const unit of sourceUnits(sources[namespace]!)) {
      for (const key of keysFor(unit, language)) if (merged[key] !== undefined) ordered[key] = merged[key];
    }
    strings += Object.keys(imported).length;
    writeFileSync(join(root, 'locales', language, `${namespace}.json`), `${JSON.stringify(unflatten(ordered), null, 2)}\n`);
    (targets[language] ??= {})[namespace] = ordered;
  }

  // The volunteer's records first (which Korean each string was made from), then the usual sync.
  const recorded = { ...input.hashes?.[language] };
  for (const [namespace, records] of Object.entries(bundle.sourceHashes)) recorded[namespace] = { ...recorded[namespace], ...records };
  writeHashes(root, language, syncHashes({ language, sources, targets: targets[language] ?? {}, recorded }));

  const reviewsPath = join(root, 'locales', language, REVIEWS_FILE);
  const existing = existsSync(reviewsPath) ? (JSON.parse(readFileSync(reviewsPath, 'utf8')) as unknown) : undefined;
  const reviews: Reviews = parseReviews(existing, language, sources).reviews;
  let taken = 0;
  let outdated = 0;
  for (const [namespace, entries] of Object.entries(bundle.reviews)) {
    for (const [key, review] of Object.entries(entries)) {
      const unit = sourceUnits(sources[namespace]!).find((candidate) => candidate.key === key)!;
      const forms = keysFor(unit, language).map((form) => targets[language]?.[namespace]?.[form] ?? '');
      if (!validReview(review, unit.text, forms)) {
        outdated += 1;
        continue;
      }
      (reviews[namespace] ??= {})[key] = review;
      taken += 1;
    }
  }
  if (taken || existing !== undefined) writeFileSync(reviewsPath, reviewsFileText(reviews));
  return { language, problems: [], strings, reviews: taken, outdatedReviews: outdated };
}
