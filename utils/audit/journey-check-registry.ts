/**
 * Every journey-level check. Listed rather than found with import.meta.glob (as ./check-registry
 * finds page checks): the audit CLI loads this module in plain Node, which has no glob import. A
 * test fails when a file in ./journey-checks is missing here.
 */
import type { JourneyCheck } from './journey-check-types';
import { check as consistentHelp } from './journey-checks/consistent-help';
import { check as redundantEntry } from './journey-checks/redundant-entry';

export const JOURNEY_CHECKS: readonly JourneyCheck[] = [consistentHelp, redundantEntry];
