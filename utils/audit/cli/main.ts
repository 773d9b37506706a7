/**
 * `npm run audit` — the audit CLI's entry, run by plain Node 24.
 *
 * The CLI's modules import the extension's own code (the audit schema, and the report module's
 * exporters, which use the `@/` alias and extensionless imports that plain Node cannot resolve).
 * So this file loads program.ts through Vite's module runner (`runnerImport`, the same machinery
 * Vite uses for config files), with the project's alias: no bundle file to go stale and no extra
 * package. Only this file must stay runnable by plain Node.
 */
import { enableCompileCache } from 'node:module';
import { resolve } from 'node:path';

// Node keeps the compiled code of Vite and Playwright between runs (in the system's temporary
// folder): every run starts about 0.2 s sooner.
enableCompileCache();
const { runnerImport } = await import('vite');

const root = resolve(import.meta.dirname, '../../..');
const { module } = await runnerImport<typeof import('./program.ts')>(resolve(import.meta.dirname, 'program.ts'), {
  root,
  logLevel: 'error',
  resolve: { alias: { '@': root } },
});
process.exitCode = await module.run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), root });
