/**
 * `npm run i18n:import -- dotbogi-vi.json`: takes a file a volunteer exported from the translator
 * studio into the project (import.ts), or names every problem and changes nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importBundle } from './import.ts';
import { locationOf } from './problem.ts';

const path = process.argv[2];
if (!path || !existsSync(path)) {
  console.error('Usage: npm run i18n:import -- <file exported from the translator studio>');
  process.exit(2);
}
const result = importBundle(resolve(import.meta.dirname, '../..'), readFileSync(path, 'utf8'));
for (const item of result.problems) console.error(`error   ${locationOf(item) || path}: ${item.message}`);
if (result.problems.length) {
  console.error('Nothing was imported: fix the file (or ask the volunteer to) and run this again.');
  process.exitCode = 1;
} else {
  const outdated = result.outdatedReviews ? `; ${result.outdatedReviews} reviews of an older text left out` : '';
  console.log(`${result.language}: strings taken in: ${result.strings}; reviews: ${result.reviews}${outdated}.`);
  console.log('Next: npm run i18n:check -- --write-readme, then commit locales/ and README.md.');
}
