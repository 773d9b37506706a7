/**
 * Why a target was not audited, as a kind a person (and a script reading run.json) can sort by.
 * The reason beside it says it in words, with the browser's or server's own detail.
 */
export const FAILURE_KINDS = [
  'timeout',
  'dns',
  'connection',
  'certificate',
  'http',
  'download',
  'off-site',
  'robots',
  'audit',
  'browser',
  'load',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** The kind of a failed page load, from Chromium's network error (net::ERR_…) or Playwright's message. */
export function loadFailureKind(message: string): FailureKind {
  if (/Download is starting|net::ERR_ABORTED.*download/i.test(message)) return 'download';
  if (/Timeout \d+ms exceeded|net::ERR_TIMED_OUT|ERR_CONNECTION_TIMED_OUT/i.test(message)) return 'timeout';
  if (/ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED|ERR_ADDRESS_UNREACHABLE.*dns/i.test(message)) return 'dns';
  if (/ERR_CERT_|ERR_SSL_|ERR_BAD_SSL|SSL_PROTOCOL_ERROR/i.test(message)) return 'certificate';
  if (/ERR_CONNECTION_|ERR_ADDRESS_|ERR_EMPTY_RESPONSE|ERR_PROXY_|ERR_TUNNEL_|ERR_INTERNET_DISCONNECTED|ERR_NETWORK_/i.test(message))
    return 'connection';
  if (/Target (page, context or browser )?(has been )?closed|Browser (has been )?closed|browser has disconnected/i.test(message))
    return 'browser';
  return 'load';
}

/**
 * Whether a response is a page to audit: HTML (or XHTML), or no type at all (Chromium sniffs it).
 * Anything else — a PDF, an HWP file, an image, a ZIP, plain text — is a download, not a page.
 */
export function isPageType(contentType: string | undefined): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'text/html' || type === 'application/xhtml+xml' || type === '';
}
