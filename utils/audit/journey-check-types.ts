import type { CheckMeta } from './check-types';
import type { Confidence, Evidence, PageFacts, RuleOutcome } from './types';

export interface JourneyPage {
  url: string;
  title: string;
  facts: PageFacts;
}

export interface JourneyCheckOutcome {
  outcome: RuleOutcome;
  /** Where: the page's index in the journey, what was found there, and why. */
  places: { page: number; message: string; evidence?: Evidence; confidence?: Confidence }[];
  summary: string;
  /** Why the check decided as it did, for the journey as a whole. */
  evidence?: Evidence[];
  confidence?: Confidence;
}

/** A check over a whole journey (several pages of one task), e.g. consistent help. */
export interface JourneyCheck {
  meta: CheckMeta;
  run(pages: readonly JourneyPage[]): JourneyCheckOutcome;
}
