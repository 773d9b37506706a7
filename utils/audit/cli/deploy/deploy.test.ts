import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../args.ts';

/**
 * The deployment recipes beside this file are not run here (no Docker, no cluster, no GitHub), so
 * this keeps them true to the CLI: every command they give parses as the CLI would parse it, and
 * the Kubernetes shard count, completions and merged folders agree.
 */
const read = (name: string) => readFileSync(join(import.meta.dirname, name), 'utf8');

/** The CLI's arguments in each command of a recipe, shell variables and matrix values filled in. */
function commands(text: string): string[][] {
  return [...text.matchAll(/(?:main\.ts|npm run audit --|docker run .* dotbogi-audit) ([^\n|]+?)(?:\s*\|\||\n)/g)].map((match) =>
    match[1]!
      .replaceAll('${{ matrix.shard }}/${{ strategy.job-total }}', '1/4')
      .replaceAll('${{ matrix.shard }}', '1')
      .replace(/"?\$out"?/g, '/results/shard-0')
      .trim()
      .split(/\s+/),
  );
}

describe('deployment recipes (utils/audit/cli/deploy/)', () => {
  it('give the CLI only arguments it accepts', () => {
    const all = ['kubernetes-indexed-job.yaml', 'github-actions-matrix.yml', 'Dockerfile'].flatMap((name) =>
      commands(read(name)).map((argv) => [name, argv] as const),
    );
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const [name, argv] of all)
      expect(() => parseArgs(argv, { JOB_COMPLETION_INDEX: '0' }), `${name}: ${argv.join(' ')}`).not.toThrow();
  });

  it('run as many Kubernetes shards as the Job has completions, and merge each of them', () => {
    const manifest = read('kubernetes-indexed-job.yaml');
    const completions = Number(/completions: (\d+)/.exec(manifest)?.[1]);
    expect(Number(/--shard-count (\d+)/.exec(manifest)?.[1])).toBe(completions);
    expect(manifest).toContain('completionMode: Indexed');
    // The merge Job waits for each shard's state.json, every one of them.
    expect(/for shard in ([\d ]+); do/.exec(manifest)?.[1]?.trim().split(' ')).toEqual(
      Array.from({ length: completions }, (_, index) => String(index)),
    );
    const merged = commands(manifest).find((argv) => argv[0] === 'merge')!;
    expect(merged.filter((arg) => arg.startsWith('/results/shard-'))).toEqual(
      Array.from({ length: completions }, (_, index) => `/results/shard-${index}`),
    );
  });

  it('build the image on Debian bookworm-slim with Debian’s Chromium and the project’s pinned Node', () => {
    const dockerfile = read('Dockerfile');
    expect(dockerfile).toMatch(/^FROM debian:bookworm-slim$/m);
    expect(dockerfile).toMatch(/apt-get install[^\n]*\\\n\s+chromium /);
    // npm ci installs the "node" package pinned in package.json; the entry point runs that Node.
    const pinned = (
      JSON.parse(readFileSync(join(import.meta.dirname, '../../../../package.json'), 'utf8')) as { devDependencies: Record<string, string> }
    ).devDependencies.node;
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(dockerfile).toContain('npm ci');
    // …and that Node, not Debian's, runs the build and the CLI.
    expect(dockerfile).toContain('ENV PATH=/dotbogi/node_modules/.bin:$PATH');
    expect(dockerfile).toContain('ENTRYPOINT ["node_modules/.bin/node", ');
  });

  it('start the CLI with the environment and Node flags `npm run audit` gives it', () => {
    const script = (
      JSON.parse(readFileSync(join(import.meta.dirname, '../../../../package.json'), 'utf8')) as { scripts: { audit: string } }
    ).scripts.audit;
    const [, environment, flags] = /^((?:[A-Z_]+=\S+ )*)node (.*?) ?utils\/audit\/cli\/main\.ts$/.exec(script) ?? [];
    expect(environment).toBe('MALLOC_MMAP_THRESHOLD_=131072 ');
    expect(flags).toMatch(/^--max-semi-space-size=\d+$/);
    // The image's environment, which the Kubernetes manifest's commands run in too.
    for (const variable of environment!.trim().split(' ')) expect(read('Dockerfile')).toContain(`\nENV ${variable}\n`);
    // What stands between the Node binary and the entry, on a shell line or in the ENTRYPOINT array.
    const starts = ['kubernetes-indexed-job.yaml', 'Dockerfile'].flatMap((name) =>
      [...read(name).matchAll(/node_modules\/\.bin\/node([^\n]*?)utils\/audit\/cli\/main\.ts/g)].map(
        (match) => [name, match[1]!.replace(/[",]/g, '').trim()] as const,
      ),
    );
    expect(starts.length).toBe(4);
    for (const [name, given] of starts) expect(given, name).toBe(flags);
  });
});
