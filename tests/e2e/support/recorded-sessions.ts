/**
 * Every browser launchWithExtension starts, with its recorded requests, for the suite-wide
 * no-network check (tests/e2e/support/no-network.ts). No side effects: the benchmarks import
 * browser.ts too, outside vitest.
 */
import type { TestWeb } from '../../fixtures/test-web';

export interface RecordedSession {
  web: TestWeb;
  /** Requests Playwright saw, with the frame or worker that made them. */
  requests: { url: string; from: string }[];
}

export const recordedSessions: RecordedSession[] = [];

export function recordForNoNetworkCheck(session: RecordedSession) {
  recordedSessions.push(session);
}
