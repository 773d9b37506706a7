import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../usage-error.ts';
import type { TargetSpec } from '../targets.ts';

/**
 * `--urls FILE`: one URL or local file a line. Blank lines and lines starting with # are skipped,
 * and so is a comment after the address ("https://… # 민원 첫 화면"); an address has no spaces, so
 * a line with two words is a mistake and is named with its line. Local paths are relative to the
 * list's folder (standard input's: the working folder). `-` reads standard input.
 */
export async function readUrlList(file: string, options: { cwd: string; stdin?: () => Promise<string> }): Promise<TargetSpec[]> {
  const fromStdin = file === '-';
  const name = fromStdin ? 'standard input' : file;
  let text: string;
  try {
    text = fromStdin ? await (options.stdin ?? readStdin)() : await readFile(resolve(options.cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the URL list ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseUrlList(text, name, fromStdin ? options.cwd : dirname(resolve(options.cwd, file)));
}

export function parseUrlList(text: string, name: string, base: string): TargetSpec[] {
  if (text.includes('\0')) throw new UsageError(`${name} is not a text file (it holds NUL bytes); a URL list has one address a line.`);
  const specs: TargetSpec[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw
      .replace(/^\uFEFF/, '')
      .replace(/\s+#.*$/, '')
      .trim();
    if (!line || line.startsWith('#')) return;
    if (/\s/.test(line))
      throw new UsageError(
        `${name} line ${index + 1}: "${line.slice(0, 120)}" is not one address (one URL or file a line; # starts a comment).`,
      );
    specs.push({ given: line, base, where: `${name} line ${index + 1}` });
  });
  return specs;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new Error('standard input is a terminal: pipe a list into it, e.g. `cat urls.txt | npm run audit -- --urls -`');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
