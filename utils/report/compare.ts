import type { Comparison, Report } from './types.ts';

/**
 * Before/after comparison of two reports of the same journey, matched by stable finding id:
 * fixed (only before), added (only after), persisting (both).
 */
export function compareReports(before: Report, after: Report): Comparison {
  const afterById = new Map(after.findings.map((finding) => [finding.id, finding]));
  const beforeIds = new Set(before.findings.map((finding) => finding.id));
  return {
    fixed: before.findings.filter((finding) => !afterById.has(finding.id)),
    added: after.findings.filter((finding) => !beforeIds.has(finding.id)),
    persisting: before.findings
      .filter((finding) => afterById.has(finding.id))
      .map((finding) => ({ before: finding, after: afterById.get(finding.id)! })),
  };
}
