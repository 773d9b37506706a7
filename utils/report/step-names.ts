/**
 * What to call each step of a journey. Government pages often share one title ("정부24") or a
 * title with the site's name in it ("신청서 작성 | 정부24"): a step is named by its own heading
 * where the audit recorded one, else by the part of its title that the other steps' titles do not
 * share, else by its address's last path segment — never by the site's name alone.
 */
const SEPARATORS = /\s+[|\-–—:·>»]\s+|\s*[|]\s*/;

export interface StepNameSource {
  url: string;
  title: string;
  /** The page's main heading (`<h1>`), redacted, when the audit recorded it. */
  heading?: string;
}

export function stepNames(pages: readonly StepNameSource[]): string[] {
  const parts = pages.map((page) =>
    page.title
      .split(SEPARATORS)
      .map((part) => part.trim())
      .filter(Boolean),
  );
  // A part every step's title has (the site's name) says nothing about the step.
  const shared = pages.length > 1 ? new Set(parts[0]!.filter((part) => parts.every((other) => other.includes(part)))) : new Set<string>();
  const headings = pages.map((page) => page.heading?.trim() ?? '');
  const sameHeading = pages.length > 1 && headings.every((heading) => heading === headings[0]);
  return pages.map((page, index) => {
    const heading = headings[index]!;
    if (heading && !sameHeading) return heading;
    const own = parts[index]!.filter((part) => !shared.has(part));
    if (own.length > 0) return own.join(' · ');
    if (pages.length === 1 && page.title.trim()) return page.title.trim();
    return pathName(page.url) || page.title.trim() || page.url;
  });
}

/** "apply.html" → "apply", "/resident-copy/" → "resident-copy": the last path segment, without a query. */
function pathName(url: string): string {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    return decodeURIComponent(segments.at(-1) ?? '').replace(/\.[a-z0-9]+$/i, '');
  } catch {
    return '';
  }
}
