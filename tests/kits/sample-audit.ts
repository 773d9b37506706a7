import type { PageAudit } from '../../utils/audit/types';
import { samplePageAudit as shippedSample } from '../../utils/audit/sample-audit';

/** The studio's sample page audit, with fields replaced: for tests of anything that consumes audits. */
export function samplePageAudit(overrides: Partial<PageAudit> = {}): PageAudit {
  return { ...shippedSample(), ...overrides };
}
