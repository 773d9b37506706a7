import type { Finding, PageAudit } from '../../../utils/audit/types.ts';
import { syntheticFinding, syntheticPage, SYNTHETIC_RULES } from './synthetic-audits.ts';

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
