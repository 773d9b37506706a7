/**
 * Work in slices: long jobs on the page's main thread (reading a 20,000-element page) check the
 * clock and hand the thread back before a slice reaches the long-task line (50 ms), so the page
 * keeps answering taps and keys while the easy-read view is built.
 */
export interface SliceClock {
  /** True when this slice has run long enough. */
  due(): boolean;
  /** Hands the main thread back, then starts a new slice. */
  yield(): Promise<void>;
}

export function sliceClock(sliceMs = 8, now: () => number = () => performance.now(), pause: () => Promise<void> = nextTask): SliceClock {
  let start = now();
  return {
    // performance.now() costs tens of nanoseconds: every check reads it, however coarse the work
    // between checks (a node, or a whole paragraph drawn).
    due: () => now() - start >= sliceMs,
    async yield() {
      await pause();
      start = now();
    },
  };
}

/** A macrotask (not a microtask): input and rendering get their turn. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
