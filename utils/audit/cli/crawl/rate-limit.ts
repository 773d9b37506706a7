/**
 * At most `perSecond` page loads to one host, spaced evenly (the first at once). Each host keeps
 * only the time of its next free slot, so waiting lanes queue up in order without a timer each.
 */
export function hostRateLimit(interval: (host: string) => number, now: () => number = Date.now) {
  const nextFree = new Map<string, number>();
  return {
    /** Resolves when a load to `host` may start; reserves that slot. */
    async wait(host: string): Promise<void> {
      const gap = interval(host);
      if (gap <= 0) return;
      const at = Math.max(now(), nextFree.get(host) ?? 0);
      nextFree.set(host, at + gap);
      const delay = at - now();
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    },
  };
}
