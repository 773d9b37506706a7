import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, findFormat } from './registry.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';
import languages from '../../../locales/languages.json';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The table utils/audit/cli/README.md shows, made from the registry. */
function formatsTable(): string {
  const en = reportTranslator('en');
  return [
    '| id | extension | MIME type | button on the report page |',
    '|---|---|---|---|',
    ...EXPORT_FORMATS.map(
      (format) =>
        `| \`${format.id}\` | \`.${format.extension}\` | \`${format.mime}\` | ${en(format.labelKey)}${format.content === 'audits' ? ' — written once as `audit.json`' : ''} |`,
    ),
  ].join('\n');
}

describe('the export registry', () => {
  it('finds every file in formats/, each with its own id and extension', () => {
    expect(EXPORT_FORMATS.map((format) => format.id)).toEqual(['html', 'json', 'csv', 'xlsx', 'sarif', 'markdown', 'summary']);
    expect(new Set(EXPORT_FORMATS.map((format) => format.id)).size).toBe(EXPORT_FORMATS.length);
    expect(new Set(EXPORT_FORMATS.map((format) => format.extension)).size).toBe(EXPORT_FORMATS.length);
  });

  it('names a format by id or by extension, settling markdown/md once', () => {
    expect(findFormat('md')).toBe(findFormat('markdown'));
    expect(findFormat(' Markdown ')?.extension).toBe('md');
    expect(findFormat('pdf')).toBeUndefined();
  });

  it('has a button label for every format in every language', () => {
    for (const { code } of languages.languages) {
      const file = JSON.parse(readFileSync(resolve(ROOT, 'locales', code, 'report.json'), 'utf8')) as Record<
        string,
        Record<string, string>
      >;
      for (const format of EXPORT_FORMATS) {
        const [group, key] = format.labelKey.split('.');
        expect(file[group!]?.[key!], `${code}: ${format.labelKey}`).toBeTruthy();
      }
    }
  });

  it('is the list the CLI README shows', () => {
    const readme = readFileSync(resolve(ROOT, 'utils/audit/cli/README.md'), 'utf8');
    const block = /<!-- formats:start -->\n([\s\S]*?)\n<!-- formats:end -->/.exec(readme)?.[1];
    expect(block, `utils/audit/cli/README.md should hold, between its formats markers:\n${formatsTable()}`).toBe(formatsTable());
  });
});
