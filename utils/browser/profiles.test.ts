import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProfile, removeOrphanProfiles } from './profiles';

describe('Chromium profiles in the temp folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dotbogi-profiles-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('removes the profiles of processes that were killed, and keeps those of processes still running', async () => {
    for (const name of ['dotbogi-chromium-4001-aa', 'dotbogi-chromium-4002-bb', 'dotbogi-chromium-xYz12', 'notes']) {
      await mkdir(join(dir, name, 'Default'), { recursive: true });
      await writeFile(join(dir, name, 'Default', 'Preferences'), '{}');
    }
    const removed = await removeOrphanProfiles(dir, (pid) => pid === 4002);
    expect(removed).toEqual(['dotbogi-chromium-4001-aa']);
    // A profile without its maker's number (an older build) cannot be judged, and stays.
    expect((await readdir(dir)).sort()).toEqual(['dotbogi-chromium-4002-bb', 'dotbogi-chromium-xYz12', 'notes']);
  });

  it('names a new profile after this process, which the next launch leaves alone while it runs', async () => {
    const profile = await newProfile(dir);
    expect(profile).toMatch(new RegExp(`dotbogi-chromium-${process.pid}-`));
    expect(await removeOrphanProfiles(dir)).toEqual([]);
    expect(await readdir(dir)).toHaveLength(1);
  });
});
