import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Chromium profiles in the temp folder, named after the process that made them
 * (`dotbogi-chromium-<pid>-…`). A process killed outright — SIGKILL from a CI timeout, a pod
 * evicted, a second Ctrl-C — cannot remove its profile (megabytes each); the next launch on the
 * machine removes the profiles whose process is gone, never one whose process still runs (shards
 * side by side, a test suite beside an audit).
 */
const PREFIX = 'dotbogi-chromium-';
const MADE_BY = new RegExp(`^${PREFIX}(\\d+)-`);

export async function newProfile(dir = tmpdir()): Promise<string> {
  await removeOrphanProfiles(dir);
  return mkdtemp(join(dir, `${PREFIX}${process.pid}-`));
}

export async function removeOrphanProfiles(dir: string, isRunning: (pid: number) => boolean = processRuns): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [])) {
    const pid = Number(MADE_BY.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    await rm(join(dir, name), { recursive: true, force: true }).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
