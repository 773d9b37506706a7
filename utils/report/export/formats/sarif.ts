import { labels, type Translate } from '../../translate.ts';
import type { Report, ReportFinding } from '../../types.ts';
import type { ExportFormat } from '../format.ts';

/**
 * SARIF 2.1.0 for code-scanning tools. One rule per axe rule / Dotbogi check, one result per
 * merged finding and page. A web page has no source lines, so locations are the page URL
 * (artifactLocation) plus the element's selector (logicalLocations); the redacted snippet goes in
 * the result's properties, not in a region (a region needs line or offset data we do not have).
 * "Needs review" findings use SARIF's own `kind: "review"` (whose level must be "none").
 */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note' | 'none';

const LEVEL: Record<ReportFinding['severity'], Level> = { critical: 'error', serious: 'error', moderate: 'warning', minor: 'note' };

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
  results: SarifResult[];
  columnKind: 'unicodeCodePoints';
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown?: string };
  helpUri?: string;
  defaultConfiguration: { level: Level };
  properties: { tags: string[]; 'problem.severity'?: string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  kind: 'fail' | 'review';
  level: Level;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string } };
    logicalLocations: { fullyQualifiedName: string; kind: 'element' }[];
  }[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}

export function reportToSarif(report: Report, t: Translate): SarifLog {
  const ruleIndex = new Map<string, number>();
  const rules: SarifRule[] = [];
  for (const finding of report.findings) {
    if (ruleIndex.has(finding.ruleId)) continue;
    ruleIndex.set(finding.ruleId, rules.length);
    rules.push({
      id: finding.ruleId,
      name: finding.ruleId,
      shortDescription: { text: finding.title || finding.ruleId },
      fullDescription: { text: finding.description || finding.title || finding.ruleId },
      help: { text: labels.recommendation(t, finding.recommendation.text) },
      defaultConfiguration: { level: LEVEL[finding.severity] },
      properties: {
        tags: [
          'accessibility',
          `source:${finding.source}`,
          ...finding.kwcag.map((item) => `KWCAG ${item}`),
          ...finding.wcag.map((sc) => `WCAG ${sc}`),
        ],
      },
    });
  }
  const results: SarifResult[] = report.findings.flatMap((finding) => {
    const places = finding.journeyWide ? [{ step: 0, url: report.steps[0]?.url ?? '', nodes: [] }] : finding.occurrences;
    return places.map((occurrence) => ({
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId)!,
      kind: finding.outcome === 'failed' ? ('fail' as const) : ('review' as const),
      level: finding.outcome === 'failed' ? LEVEL[finding.severity] : ('none' as const),
      message: { text: `${finding.title} — ${labels.recommendation(t, finding.recommendation.text)}` },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: occurrence.url } },
          logicalLocations: occurrence.nodes.map((node) => ({ fullyQualifiedName: node.target.join(' '), kind: 'element' as const })),
        },
      ],
      partialFingerprints: { 'dotbogiFindingId/v1': finding.id },
      properties: {
        severity: finding.severity,
        personas: finding.personas,
        kwcag: finding.kwcag,
        wcag: finding.wcag,
        score: finding.score,
        step: occurrence.step + 1,
        snippets: occurrence.nodes.map((node) => node.snippet),
        krds: finding.recommendation.krds,
      },
    }));
  });
  const version = report.coverage.engines[0]?.dotbogi ?? '0.0.0';
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Dotbogi', version, informationUri: 'https://github.com/dotbogi/dotbogi', rules } },
        results,
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
}

export function sarifText(report: Report, t: Translate): string {
  return `${JSON.stringify(reportToSarif(report, t), null, 2)}\n`;
}

export const format: ExportFormat = {
  id: 'sarif',
  extension: 'sarif',
  mime: 'application/sarif+json;charset=utf-8',
  labelKey: 'download.sarif',
  order: 5,
  content: 'report',
  write: (context) => sarifText(context.report, context.t),
};
