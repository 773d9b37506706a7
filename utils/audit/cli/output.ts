/** The files a run writes into --out besides its stream (stream/lines.ts) and state (stream/state.ts); report files are named by exporters.ts. */
export const AUDIT_FILE = 'audit.json';
export const RUN_FILE = 'run.json';
