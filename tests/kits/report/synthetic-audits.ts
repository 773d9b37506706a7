import { SCHEMA_VERSION, type Finding, type Journey, type PageAudit, type Persona, type Severity } from '../../../utils/audit/types.ts';

/**
 * Synthetic audits for tests and benchmarks: deterministic and shaped like real ones (template
 * findings repeated on every page plus findings of each page's own).
 */
export interface SyntheticRule {
  ruleId: string;
  severity: Severity;
  personas: Persona[];
  kwcag: string;
  wcag: string;
  source: 'axe' | 'dotbogi';
}

export const SYNTHETIC_RULES: SyntheticRule[] = [
  { ruleId: 'image-alt', severity: 'critical', personas: ['screen-reader', 'older'], kwcag: '1.1.1', wcag: '1.1.1', source: 'axe' },
  { ruleId: 'label', severity: 'critical', personas: ['screen-reader', 'older', 'migrant'], kwcag: '3.3.2', wcag: '3.3.2', source: 'axe' },
  { ruleId: 'color-contrast', severity: 'serious', personas: ['low-vision', 'older'], kwcag: '1.4.3', wcag: '1.4.3', source: 'axe' },
  { ruleId: 'link-name', severity: 'serious', personas: ['screen-reader'], kwcag: '2.4.3', wcag: '2.4.4', source: 'axe' },
  { ruleId: 'html-has-lang', severity: 'serious', personas: ['screen-reader', 'migrant'], kwcag: '3.1.1', wcag: '3.1.1', source: 'axe' },
  { ruleId: 'bypass', severity: 'serious', personas: ['screen-reader', 'motor'], kwcag: '2.4.1', wcag: '2.4.1', source: 'axe' },
  { ruleId: 'region', severity: 'moderate', personas: ['screen-reader'], kwcag: '4.2.1', wcag: '1.3.1', source: 'axe' },
  {
    ruleId: 'session-time-limit',
    severity: 'critical',
    personas: ['older', 'low-literacy'],
    kwcag: '2.2.1',
    wcag: '2.2.1',
    source: 'dotbogi',
  },
  {
    ruleId: 'new-window-notice',
    severity: 'moderate',
    personas: ['older', 'screen-reader'],
    kwcag: '3.2.1',
    wcag: '3.2.2',
    source: 'dotbogi',
  },
  { ruleId: 'small-text', severity: 'moderate', personas: ['older', 'low-vision'], kwcag: '1.4.4', wcag: '1.4.4', source: 'dotbogi' },
];

/** A finding id in the schema's format (8 hex digits), derived from rule and key like a real stable id. */
export function syntheticId(ruleId: string, key: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${ruleId}|${key}`) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

export function syntheticFinding(rule: SyntheticRule, key: string, nodes: number, outcome: Finding['outcome'] = 'failed'): Finding {
  return {
    id: syntheticId(rule.ruleId, key),
    ruleId: rule.ruleId,
    source: rule.source,
    outcome,
    kwcag: [rule.kwcag],
    wcag: [rule.wcag],
    personas: rule.personas,
    severity: rule.severity,
    confidence: outcome === 'failed' ? 'certain' : 'needs-person',
    evidence: [],
    nodes: Array.from({ length: nodes }, (_, i) => ({
      target: [`#${key}-${i}`],
      frame: 0,
      snippet: `<div id="${key}-${i}">…</div>`,
      message: 'why',
      templateSignature: 'main>div',
    })),
  };
}

/** Page `index`: half of its findings come from the shared template, half are its own. */
export function syntheticPage(index: number, findingsPerPage = 10, rules: SyntheticRule[] = SYNTHETIC_RULES): PageAudit {
  const chosen = Array.from({ length: findingsPerPage }, (_, i) => rules[i % rules.length]!);
  const findings = chosen.map((rule, i) =>
    i < findingsPerPage / 2 ? syntheticFinding(rule, `template${i}`, 3) : syntheticFinding(rule, `page${index}-${i}`, 1 + (index % 3)),
  );
  const url = `https://www.example.go.kr/service/step-${index}.html`;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: `audit-${index}`,
    journeyId: null,
    url,
    title: `Step ${index}`,
    startedAt: new Date(Date.UTC(2026, 0, 1, 9, 0, index)).toISOString(),
    finishedAt: new Date(Date.UTC(2026, 0, 1, 9, 0, index + 1)).toISOString(),
    durationMs: 1000,
    status: 'complete',
    engines: { axeCore: '4.14.1', dotbogi: '0.1.0' },
    viewport: { width: 1280, height: 900, devicePixelRatio: 1, kind: 'desktop' },
    axe: null,
    frames: [{ frameId: 0, url, title: `Step ${index}`, path: [], error: null }],
    rules: rules.map((rule) => ({
      ruleId: rule.ruleId,
      source: rule.source,
      outcome: 'failed' as const,
      kwcag: [rule.kwcag],
      wcag: [rule.wcag],
      frames: [{ frame: 0, outcome: 'failed' as const }],
    })),
    findings,
    kwcag: [...new Set(rules.map((rule) => rule.kwcag))].map((item) => ({
      item,
      clause: `${Number(item[0]) + 4}${item.slice(1)}`,
      status: 'fail' as const,
      rules: rules.filter((rule) => rule.kwcag === item).map((rule) => rule.ruleId),
    })),
    coverage: { framesAudited: 1, framesSkipped: [], errors: [], manualOnly: ['1.3.2'] },
    facts: { help: [], fields: [] },
  };
}

export function syntheticJourney(pageCount: number, findingsPerPage = 10): { journey: Journey; pages: PageAudit[] } {
  const pages = Array.from({ length: pageCount }, (_, i) => ({ ...syntheticPage(i, findingsPerPage), journeyId: `journey-${pageCount}` }));
  return {
    journey: {
      schemaVersion: SCHEMA_VERSION,
      id: `journey-${pageCount}`,
      name: `Synthetic journey (${pageCount} pages)`,
      tabId: 1,
      status: 'stopped',
      startedAt: pages[0]?.startedAt ?? '2026-01-01T09:00:00.000Z',
      endedAt: pages.at(-1)?.finishedAt ?? null,
      pages: pages.map((page) => page.id),
      findings: [],
      kwcag: [],
    },
    pages,
  };
}
