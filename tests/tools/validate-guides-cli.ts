/**
 * `npm run guides:check`: validates every shipped guide against the schema and against the
 * demo-site pages it targets, printing each step's match confidence. Exits non-zero on failure.
 *
 * The guide modules are written for the bundler (the `@/` alias, imports without an extension):
 * plain Node loads them through the same resolve hook as the audit CLI.
 */
import { resolve } from 'node:path';
import { registerProjectResolution } from '../../utils/audit/cli/node-resolution.ts';

registerProjectResolution(resolve(import.meta.dirname, '../..'));
const { checkGuides, formatCheck } = await import('./validate-guides.ts');
const result = checkGuides();
for (const line of formatCheck(result)) console.log(line);
process.exitCode = result.ok ? 0 : 1;
