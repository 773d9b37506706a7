/**
 * Every page-level inclusion check: each file in ./checks exports `check`. Adding a check is
 * adding a file; there is no central list to edit.
 */
import type { Check } from './check-types';

const modules = import.meta.glob<{ check: Check }>(['./checks/*.ts', '!./checks/*.test.ts'], { eager: true });

export const CHECKS: readonly Check[] = Object.values(modules)
  .map((module) => module.check)
  .sort((a, b) => a.meta.id.localeCompare(b.meta.id));
