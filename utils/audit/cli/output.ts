import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Translate } from '../../report/translate.ts';
import type { Format } from './args.ts';
import { reportFiles } from './exporters.ts';
import { redactTree } from '../redact.ts';
import type { RunOutput } from './merge.ts';
import type { RunReport } from './reports.ts';

/** The file the audit record is written to inside --out; report files are named by the report module. */
export const AUDIT_FILE = 'audit.json';
export const RUN_FILE = 'run.json';

/**
 * Writes audit.json (the audit schema), run.json, and every requested report format
 * (one file per journey or page, see reportFiles). Returns the file names written.
 */
export async function writeOutputs(
  dir: string,
  output: RunOutput,
  reports: readonly RunReport[],
  formats: readonly Format[],
  options: { t: Translate; language: string },
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  const put = async (name: string, text: string | Uint8Array) => {
    await writeFile(join(dir, name), text);
    files.push(name);
  };
  // Compact: axe's raw results make a run's audit.json large (24 MB for the 50-page bench
  // indented, 11 MB compact, and less than half the time to write); `jq .` shows it indented.
  // Redacted once more on the way out, like every export (utils/audit/redact.ts).
  await put(AUDIT_FILE, `${JSON.stringify(redactTree(output.audits))}\n`);
  await put(RUN_FILE, `${JSON.stringify(redactTree(output.run), null, 2)}\n`);
  for (const file of await reportFiles(output, reports, formats, options)) await put(file.name, file.content);
  return files;
}
