/**
 * Hosts where the overlay is always on: the reason people install Dotbogi.
 * Match patterns ignore ports, so the e2e suite serves the demo site as demo.gov.kr.
 */
export const GOV_HOST_PATTERNS = ['*://*.go.kr/*', '*://gov.kr/*', '*://*.gov.kr/*'];

/** True for hosts where the overlay is on by default (*.go.kr, gov.kr, *.gov.kr). */
export function isGovHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'gov.kr' || host.endsWith('.gov.kr') || host.endsWith('.go.kr');
}
