/**
 * "Nothing leaves the device", checked across the whole e2e suite: every browser the tests
 * launch registers its recorded requests here (tests/e2e/support/browser.ts), and this file,
 * a setup file of the e2e project (vitest.config.ts), fails the test file after its tests if
 * any request went to a host the test web does not serve. Chromium's own service hosts are
 * excused (CHROMIUM_SERVICE_HOSTS); nothing from an extension context is.
 */
import { afterAll, expect } from 'vitest';
import { FIXTURE_HOSTS } from '../../fixtures/test-web';
import { recordedSessions, type RecordedSession } from './recorded-sessions';

/** Requests that left the test web: [] when the extension contacted nothing but what the tests serve. */
export function requestsOutside(recorded: readonly RecordedSession[], excused: readonly string[]): string[] {
  const problems: string[] = [];
  for (const { web, requests } of recorded) {
    // FIXTURE_HOSTS, plus any host a test added to its own test web (startTestWeb's `hosts`).
    const served = new Set([
      ...Object.keys(FIXTURE_HOSTS),
      ...web.requests.filter((request) => !request.outside).map((request) => request.host),
    ]);
    for (const request of web.requests) {
      if (request.outside && !excused.includes(request.host)) problems.push(`${request.method} ${request.url} (reached the proxy)`);
    }
    for (const request of requests) {
      const url = new URL(request.url);
      if (!/^https?:$/.test(url.protocol) || served.has(url.hostname) || excused.includes(url.hostname)) continue;
      const ours = request.from.startsWith('chrome-extension:');
      problems.push(`${request.url} from ${ours ? 'an extension context' : 'a page'} (${request.from})`);
    }
  }
  return [...new Set(problems)];
}

afterAll(async () => {
  if (recordedSessions.length === 0) return;
  const { CHROMIUM_SERVICE_HOSTS } = await import('./browser');
  const outside = requestsOutside(recordedSessions.splice(0), CHROMIUM_SERVICE_HOSTS);
  expect(outside, 'requests to hosts the test web does not serve (nothing may leave the device)').toEqual([]);
});
