import { toUrlPattern, type CrawlOptions } from '../args.ts';

/**
 * Addresses that are files to download rather than pages: the crawler never follows them (a
 * link with the `download` attribute neither). One that slips through (a page address answering
 * with a PDF) is caught when it loads, as a download.
 */
const DOWNLOAD_EXTENSIONS =
  /\.(pdf|hwp|hwpx|hwt|doc|docx|xls|xlsx|csv|ppt|pptx|odt|ods|odp|rtf|txt|zip|7z|rar|alz|egg|gz|tgz|tar|exe|msi|dmg|apk|iso|jpg|jpeg|png|gif|bmp|webp|svg|tif|tiff|ico|mp3|wav|mp4|m4a|avi|wmv|mov|mkv|webm|xml|json|js|css)$/i;

export interface Scope {
  origins: ReadonlySet<string>;
  /** Why a canonical address is not to be crawled, or null when it is. */
  refuse(url: URL): string | null;
}

export function crawlScope(
  options: Pick<CrawlOptions, 'seeds' | 'allowOrigins' | 'include' | 'exclude'>,
  seedUrls: readonly string[],
): Scope {
  const origins = new Set([...seedUrls.map((url) => new URL(url).origin), ...options.allowOrigins]);
  const include = options.include.map(toUrlPattern);
  const exclude = options.exclude.map(toUrlPattern);
  return {
    origins,
    refuse(url) {
      if (!origins.has(url.origin)) return 'another origin';
      if (DOWNLOAD_EXTENSIONS.test(url.pathname)) return 'a file to download';
      if (include.length && !include.some((pattern) => pattern.test(url.href))) return 'not matched by --include';
      if (exclude.some((pattern) => pattern.test(url.href))) return 'matched by --exclude';
      return null;
    },
  };
}

/** A link as the page shows it: its resolved address and what the crawler needs to judge it. */
export interface FoundLink {
  href: string;
  download: boolean;
}

/**
 * The links to consider: http(s) only — never javascript:, mailto:, tel:, data:, blob: or any
 * other scheme — and never one marked as a download. Forms are never submitted: only `<a href>`
 * and `<area href>` are read, nothing is clicked.
 */
export function followable(links: readonly FoundLink[]): string[] {
  return links.filter((link) => !link.download && /^https?:\/\//i.test(link.href)).map((link) => link.href);
}
