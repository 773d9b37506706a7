/**
 * Hostile page strings stay inert in every export format (issue #17, "Must hold"): markup, formula
 * prefixes (= + - @) in CSV and Excel cells, bidi controls, 10 kB strings. The formats come from the
 * registry, so a format added later is held to the same rules — or this test names it.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildReport } from '../build-report.ts';
import { compareReports } from '../compare.ts';
import { exportFile, type ExportContext } from './format.ts';
import { EXPORT_FORMATS } from './registry.ts';
import { parseCsv } from '@/tests/kits/report/csv.ts';
import { hostileJourney, BIDI_CONTROLS, FORMULA_PREFIXES } from '@/tests/kits/report/hostile.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';
import type { AuditExport } from '../../audit/types.ts';
import { redactTree } from '../../audit/redact.ts';

const RAW_BIDI = new RegExp(`[${BIDI_CONTROLS.join('')}]`, 'u');
/** What a spreadsheet would read as a formula: a text cell starting with one of these (after Excel trims nothing). */
const FORMULA_START = /^[=+\-@\t\r]/;

function context(): ExportContext {
  const { journey, pages } = hostileJourney();
  const report = buildReport({ kind: 'journey', journey, pages });
  // Compared with itself minus a page: the comparison's rows and results carry hostile text too.
  const before = buildReport({ kind: 'journey', journey: { ...journey, pages: journey.pages.slice(0, 1) }, pages: pages.slice(0, 1) });
  return {
    report,
    t: reportTranslator('en'),
    language: 'en',
    dir: 'ltr',
    journeys: [journey],
    pages,
    compare: { before, comparison: compareReports(before, report) },
    now: new Date('2026-12-07T00:00:00Z'),
  };
}

/** Checks per kind of file; every registered format must have one. */
const INERT: Record<string, (content: string | Uint8Array) => void> = {
  html: inertHtml,
  summary: inertHtml,
  markdown: (content) => {
    const text = content as string;
    expect(text).not.toMatch(RAW_BIDI);
    // No markup of the page's reaches the Markdown as markup (inside a code span it is text); links and images only as text.
    const prose = text.replace(/(`+)[\s\S]*?\1/g, '');
    expect(prose.length).toBeGreaterThan(1000);
    expect(prose).not.toMatch(/<(script|img|svg|iframe|b)\b/i);
    expect(prose).not.toMatch(/\]\((javascript|https?):/i);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThan(10_000);
  },
  csv: (content) => {
    const text = content as string;
    expect(text).not.toMatch(RAW_BIDI);
    const rows = parseCsv(text);
    const cells = rows.flat();
    expect(cells.filter((cell) => FORMULA_START.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))).toEqual([]);
    // The payloads are there, as text after an apostrophe.
    for (const prefix of FORMULA_PREFIXES)
      expect(
        cells.some((cell) => cell.startsWith(`'${prefix}`)),
        prefix,
      ).toBe(true);
    expect(Math.max(...cells.map((cell) => cell.length))).toBeLessThan(10_000);
  },
  xlsx: (content) => {
    const zip = unzipSync(content as Uint8Array);
    const strings = strFromU8(zip['xl/sharedStrings.xml']!);
    expect(strings).not.toMatch(RAW_BIDI);
    for (const [name, bytes] of Object.entries(zip).filter(([name]) => name.startsWith('xl/worksheets/'))) {
      const xml = strFromU8(bytes);
      // No formula anywhere, and every cell that is not a number is a text cell.
      expect(xml, name).not.toMatch(/<f[ >]/);
      for (const cell of xml.matchAll(/<c ([^>]*)>/g)) {
        const type = /\bt="([^"]+)"/.exec(cell[1]!)?.[1];
        expect(['s', 'inlineStr', 'str', 'b', undefined], `${name}: ${cell[0]}`).toContain(type);
        expect(type, `${name}: ${cell[0]}`).not.toBe('str');
      }
      expect(new DOMParser().parseFromString(xml, 'application/xml').querySelector('parsererror'), name).toBeNull();
    }
    const texts = [...strings.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((match) => match[1]!);
    for (const prefix of FORMULA_PREFIXES)
      expect(
        texts.some((text) => text.startsWith(prefix)),
        prefix,
      ).toBe(true);
    expect(Math.max(...texts.map((text) => text.length))).toBeLessThanOrEqual(32_767);
  },
  sarif: (content) => {
    const text = content as string;
    expect(text).not.toMatch(RAW_BIDI);
    const log = JSON.parse(text) as {
      runs: { results: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    for (const result of log.runs[0]!.results) {
      expect(result.message.text.length).toBeLessThan(10_000);
      // An artifact a code-scanning tool would open is the page's address, never a script URL.
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri).not.toMatch(/^javascript:/i);
    }
  },
  json: (content) => {
    const text = content as string;
    // The audits as they are (data, importable again), but a raw bidi control never reaches the file's
    // text, where an editor or a diff would obey it: JSON's \u escape keeps the same data.
    expect(text).not.toMatch(RAW_BIDI);
    const parsed = JSON.parse(text) as AuditExport;
    // The same data as the (redacted) audits, bidi controls included once parsed.
    expect(parsed.pages).toEqual(redactTree(hostileJourney().pages));
    expect(JSON.stringify(parsed)).toMatch(RAW_BIDI);
  },
};

function inertHtml(content: string | Uint8Array) {
  const html = content as string;
  expect(html).not.toMatch(RAW_BIDI);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  expect(doc.querySelectorAll('script, iframe, object, embed, img, form, base, link, meta[http-equiv="refresh"]')).toHaveLength(0);
  expect([...doc.querySelectorAll('svg')].every((svg) => svg.getAttribute('role') === 'img')).toBe(true);
  const attributes = [...doc.querySelectorAll('*')].flatMap((element) => [...element.attributes]);
  expect(attributes.filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => attribute.name)).toEqual([]);
  // No external reference, no script URL: links stay inside the file.
  const references = attributes.filter((attribute) => ['href', 'src', 'action', 'xlink:href'].includes(attribute.name));
  expect(references.filter((attribute) => !attribute.value.startsWith('#')).map((attribute) => attribute.value)).toEqual([]);
  expect(doc.querySelectorAll('style')).toHaveLength(1);
  expect(doc.querySelector('style')!.textContent).not.toMatch(/@import|url\(/i);
  // The page's markup is in the file as text.
  expect(doc.body.textContent).toContain('<script>alert("title")</script>');
}

describe('hostile page strings are inert in every export format', async () => {
  const ctx = context();
  for (const format of EXPORT_FORMATS) {
    it(`${format.id} (.${format.extension})`, async () => {
      const check = INERT[format.id];
      expect(check, `no hostile-string check for the "${format.id}" format: add one here`).toBeDefined();
      check!((await exportFile(format, ctx)).content);
    });
  }
});
