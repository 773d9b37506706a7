/**
 * Reply shapes of the protocol that belong to no domain module: they live beside protocol.ts so
 * the protocol depends on nothing the background implements (the handlers import these, not
 * the other way round).
 */
import type { Journey } from '@/utils/audit/types';
import type { Guide, GuideProblem } from '@/utils/guides/schema';

/** `guides:list`: the shipped guides, and the files that failed validation. */
export interface GuideListing {
  guides: Guide[];
  /** Guide files that failed validation (shown to authors, never to users). */
  rejected: { file: string; problems: GuideProblem[] }[];
}

/** `journey:status`: the journey being recorded, if any. */
export interface JourneyStatus {
  journey: Journey | null;
  /** True while a page of the journey is being audited. */
  auditing: boolean;
  /** False after a browser restart, until the journey is continued in a tab. */
  tabOpen: boolean;
}

/**
 * `report:highlight`, `report:open`: whether the place is pointed at, and if not, why — no open tab
 * shows its page; the tab shows it but the element is not there (the page changed); or Dotbogi is
 * not running on that site, so nothing can be drawn there. `tabId`: the tab it was shown in.
 */
export interface HighlightReply {
  shown: boolean;
  reason: 'shown' | 'no-tab' | 'not-found' | 'overlay-off';
  tabId?: number;
}
