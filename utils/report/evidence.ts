import type { Occurrence, ReportFinding } from './types.ts';

/** How much evidence a finding shows: enough to find and fix it, bounded for huge journeys. */
export const MAX_OCCURRENCES = 5;
export const MAX_NODES = 3;

export interface EvidenceView {
  shown: { occurrence: Occurrence; nodes: Occurrence['nodes'] }[];
  /** Places (elements) not shown. */
  hidden: number;
  pages: number;
}

export function evidenceOf(finding: ReportFinding): EvidenceView {
  const shown = finding.occurrences
    .slice(0, MAX_OCCURRENCES)
    .map((occurrence) => ({ occurrence, nodes: occurrence.nodes.slice(0, MAX_NODES) }));
  const shownCount = shown.reduce((sum, entry) => sum + entry.nodes.length, 0);
  return {
    shown,
    hidden: Math.max(0, finding.instances - shownCount),
    pages: new Set(finding.occurrences.map((occurrence) => occurrence.step)).size,
  };
}
