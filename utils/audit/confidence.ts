import type { Confidence } from './types';

const ORDER: readonly Confidence[] = ['certain', 'likely', 'needs-person'];

/** The least sure of several confidences (a finding is as sure as its weakest place); `certain` for none. */
export function leastSure(confidences: readonly (Confidence | undefined)[]): Confidence {
  let least = 0;
  for (const confidence of confidences) if (confidence) least = Math.max(least, ORDER.indexOf(confidence));
  return ORDER[least]!;
}

/**
 * A check finding's confidence: `needs-person` for a needs-review outcome; else what the run said,
 * else the least sure of its places (elements or journey steps) that said, else the check's own.
 */
export function confidenceOf(
  outcome: string,
  run: Confidence | undefined,
  places: readonly { confidence?: Confidence }[],
  meta: Confidence,
): Confidence {
  if (outcome === 'needs-review') return 'needs-person';
  if (run) return run;
  const said = places.flatMap((place) => place.confidence ?? []);
  return said.length > 0 ? leastSure(said) : meta;
}
