import type { CheckMeta } from './check-types';
import type { PageFacts, RuleOutcome } from './types';

export interface JourneyPage {
  url: string;
  title: string;
  facts: PageFacts;
}

export interface JourneyCheckOutcome {
  outcome: RuleOutcome;
  /** Where: the page's index in the journey, and what was found there. */
  places: { page: number; message: string }[];
  summary: string;
}

/** A check over a whole journey (several pages of one task), e.g. consistent help. */
export interface JourneyCheck {
  meta: CheckMeta;
  run(pages: readonly JourneyPage[]): JourneyCheckOutcome;
}
