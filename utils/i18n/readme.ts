/** README.md's languages table: written by `npm run i18n:check -- --write-readme`, checked by every run. */
import { problem, type Problem } from './problem.ts';

export interface CompletenessRow {
  language: string;
  status: string;
  translated: number;
  total: number;
  percent: number;
  /** Strings with a review of their current translation (the source language counts as reviewed). */
  reviewed: number;
  reviewedPercent: number;
  perNamespace: Record<string, { translated: number; total: number; reviewed: number }>;
}

/** The completeness table README shows and the CLI prints. */
export function completenessTable(rows: CompletenessRow[], names: Record<string, string>): string {
  const lines = ['| language | code | status | complete | reviewed | strings |', '|---|---|---|---:|---:|---:|'];
  for (const row of rows) {
    const reviewed = row.status === 'source' ? '—' : `${row.reviewedPercent} %`;
    lines.push(
      `| ${names[row.language] ?? row.language} | ${row.language} | ${row.status} | ${row.percent} % | ${reviewed} | ${row.translated} / ${row.total} |`,
    );
  }
  return lines.join('\n');
}

export const README_START = '<!-- i18n-table:start -->';
export const README_END = '<!-- i18n-table:end -->';

/** README with the table between the markers replaced (or a Languages section appended). */
export function withReadmeTable(readme: string, table: string): string {
  const block = `${README_START}\n\n${table}\n\n${README_END}`;
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start >= 0 && end > start) return readme.slice(0, start) + block + readme.slice(end + README_END.length);
  return `${readme.trimEnd()}\n\n## Languages\n\n${block}\n`;
}

/** The table README.md shows now, or null when it has no markers. */
export function readmeTableOf(readme: string): string | null {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  return start >= 0 && end > start ? readme.slice(start + README_START.length, end).trim() : null;
}

/** An error when README.md's languages table is not the one the locale files give. */
export function lintReadme(readme: string, table: string): Problem[] {
  const shown = readmeTableOf(readme);
  if (shown === table) return [];
  const message =
    shown === null
      ? `README.md: no languages table (between ${README_START} and ${README_END}); run npm run i18n:check -- --write-readme`
      : 'README.md: the languages table is out of date; run npm run i18n:check -- --write-readme';
  return [problem('error', 'readme-stale', { language: '', namespace: '', key: '' }, {}, message)];
}
