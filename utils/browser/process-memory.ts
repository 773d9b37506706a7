import { readdir, readFile } from 'node:fs/promises';

/**
 * Memory of a set of processes on Linux, from /proc. Chromium runs as a tree of processes that
 * share much of their memory, so summing RSS counts the shared pages once per process; PSS
 * (proportional set size, /proc/PID/smaps_rollup) shares them out and sums to what the tree
 * really holds. Both are given; the audit CLI recycles on PSS.
 */
export interface TreeMemory {
  processes: number;
  rssBytes: number;
  pssBytes: number;
}

/**
 * The processes whose command line contains `marker` (a browser's own --user-data-dir, say), and
 * every process under them: Chromium's zygote and renderers do not all repeat the marker.
 */
export async function processesWith(marker: string): Promise<number[]> {
  return processTree((pid, command) => command.includes(marker));
}

/** A process and every process under it (a CLI and the browser it started, say). */
export async function descendantsOf(root: number): Promise<number[]> {
  return (await processTree((pid) => pid === root)).filter((pid) => pid !== root);
}

async function processTree(isRoot: (pid: number, command: string) => boolean): Promise<number[]> {
  let entries: string[];
  try {
    entries = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  const parents = new Map<number, number>();
  const roots = new Set<number>();
  await Promise.all(
    entries.map(async (entry) => {
      const pid = Number(entry);
      try {
        const [command, stat] = await Promise.all([readFile(`/proc/${pid}/cmdline`, 'utf8'), readFile(`/proc/${pid}/stat`, 'utf8')]);
        if (isRoot(pid, command)) roots.add(pid);
        // "pid (name) state ppid …": the name may hold spaces and parentheses, so read after the last ")".
        parents.set(pid, Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // Gone meanwhile.
      }
    }),
  );
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid, hops = 0; at && hops < 64; at = parents.get(at), hops++) if (roots.has(at)) return true;
    return false;
  };
  return [...parents.keys()].filter(inTree).sort((a, b) => a - b);
}

export async function memoryOf(pids: readonly number[]): Promise<TreeMemory> {
  let rssBytes = 0;
  let pssBytes = 0;
  let processes = 0;
  await Promise.all(
    pids.map(async (pid) => {
      try {
        const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8');
        rssBytes += kib(rollup, 'Rss');
        pssBytes += kib(rollup, 'Pss');
        processes++;
      } catch {
        // Gone meanwhile, or not ours to read.
      }
    }),
  );
  return { processes, rssBytes, pssBytes };
}

/** A browser's memory, found by its profile folder (every Chromium process carries --user-data-dir). */
export async function browserMemory(userDataDir: string): Promise<TreeMemory> {
  return memoryOf(await processesWith(`--user-data-dir=${userDataDir}`));
}

/** Resident memory of one process now and its peak so far (VmRSS, VmHWM), in bytes. */
export async function processRss(pid: number): Promise<{ rssBytes: number; peakBytes: number } | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return { rssBytes: kib(status, 'VmRSS'), peakBytes: kib(status, 'VmHWM') };
  } catch {
    return null;
  }
}

function kib(text: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) * 1024 : 0;
}
