/**
 * Review status: a volunteer who speaks the language marks strings reviewed in the studio, under
 * a name or handle they choose. A review is of one translation of one Korean text: it records
 * both hashes, so it stops counting as soon as either changes. Reviews travel in the studio's
 * exported file and live in locales/<language>/_reviews.json once taken into the project
 * (npm run i18n:import); README's table shows the share reviewed, and a language may be called
 * "reviewed" in locales/languages.json only when all of it is.
 *
 * Runs under plain Node (type stripping), so it imports nothing but siblings, with extensions.
 */
import { sourceHash, translationHash } from './hashes.ts';
import { markupIn, keysFor, sourceUnits, type FlatStrings } from './strings.ts';
import { problem, type Problem } from './problem.ts';

export interface Review {
  /** The reviewer's name or handle, as they wrote it. */
  by: string;
  /** Hash of the Korean reviewed against. */
  source: string;
  /** Hash of the translation reviewed (every plural form). */
  translation: string;
}

/** Namespace → unit key → review. */
export type Reviews = Record<string, Record<string, Review>>;

export const REVIEWER_MAX = 60;
const HASH = /^[0-9a-f]{8}$/;

/** The review of `unitKey` if it is of this Korean and this translation; otherwise null. */
export function validReview(review: Review | undefined, korean: string, forms: readonly string[]): Review | null {
  if (!review || !forms.some((form) => form.trim())) return null;
  return review.source === sourceHash(korean) && review.translation === translationHash(forms) ? review : null;
}

/** A review of the translation as it stands now. */
export function reviewOf(by: string, korean: string, forms: readonly string[]): Review {
  return { by: by.trim(), source: sourceHash(korean), translation: translationHash(forms) };
}

/** How many units of each namespace carry a valid review. */
export function reviewedCounts(
  language: string,
  sources: Record<string, FlatStrings>,
  targets: Record<string, FlatStrings>,
  reviews: Reviews,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [namespace, source] of Object.entries(sources)) {
    const target = targets[namespace] ?? {};
    counts[namespace] = sourceUnits(source).filter((unit) =>
      validReview(
        reviews[namespace]?.[unit.key],
        unit.text,
        keysFor(unit, language).map((key) => target[key] ?? ''),
      ),
    ).length;
  }
  return counts;
}

/** Reads _reviews.json (or a bundle's reviews), keeping well-formed entries and naming the rest. */
export function parseReviews(
  data: unknown,
  language: string,
  sources: Record<string, FlatStrings>,
): { reviews: Reviews; problems: Problem[] } {
  const reviews: Reviews = {};
  const problems: Problem[] = [];
  if (data === undefined || data === null) return { reviews, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(problem('error', 'not-object', { language, namespace: '', key: '' }, {}, 'reviews: must be an object of namespaces'));
    return { reviews, problems };
  }
  for (const [namespace, entries] of Object.entries(data as Record<string, unknown>)) {
    if (namespace.startsWith('$')) continue;
    const units = new Set(sourceUnits(sources[namespace] ?? {}).map((unit) => unit.key));
    if (!sources[namespace] || !entries || typeof entries !== 'object') {
      problems.push(problem('error', 'extra', { language, namespace, key: '' }, {}, `reviews: ${namespace} is not a namespace of Dotbogi`));
      continue;
    }
    for (const [key, value] of Object.entries(entries as Record<string, unknown>)) {
      const where = { language, namespace, key };
      if (!units.has(key)) {
        problems.push(problem('error', 'extra', where, {}, `${key}: reviewed, but not in the Korean source`));
        continue;
      }
      const review = value as Partial<Review> | null;
      const by = typeof review?.by === 'string' ? review.by.trim() : '';
      if (!by || by.length > REVIEWER_MAX || !HASH.test(String(review?.source)) || !HASH.test(String(review?.translation))) {
        problems.push(
          problem('error', 'not-string', where, {}, `${key}: a review needs a reviewer name (1–${REVIEWER_MAX} characters) and two hashes`),
        );
        continue;
      }
      const markup = markupIn(by);
      if (markup) {
        problems.push(problem('error', 'markup', where, { markup }, `${key}: the reviewer name contains markup "${markup}"`));
        continue;
      }
      (reviews[namespace] ??= {})[key] = { by, source: review!.source!, translation: review!.translation! };
    }
  }
  return { reviews, problems };
}

export const REVIEWS_COMMENT =
  'Reviews taken in from the translator studio (npm run i18n:import); a review counts while the Korean and the translation are unchanged (utils/i18n/reviews.ts).';

export function reviewsFileText(reviews: Reviews): string {
  return `${JSON.stringify({ $comment: REVIEWS_COMMENT, ...reviews }, null, 2)}\n`;
}
