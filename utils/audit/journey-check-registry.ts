/** Every journey-level check: each file in ./journey-checks exports `check`. */
import type { JourneyCheck } from './journey-check-types';

const modules = import.meta.glob<{ check: JourneyCheck }>(['./journey-checks/*.ts', '!./journey-checks/*.test.ts'], { eager: true });

export const JOURNEY_CHECKS: readonly JourneyCheck[] = Object.values(modules)
  .map((module) => module.check)
  .sort((a, b) => a.meta.id.localeCompare(b.meta.id));
