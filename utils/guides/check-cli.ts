/**
 * `npm run guides:check`: validates every shipped guide against the schema and against the
 * demo-site pages it targets, printing each step's match confidence. Exits non-zero on failure.
 */
import { checkGuides, formatCheck } from './check.ts';

const result = checkGuides();
for (const line of formatCheck(result)) console.log(line);
process.exitCode = result.ok ? 0 : 1;
