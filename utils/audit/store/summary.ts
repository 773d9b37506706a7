import type { StoredPageAudit } from '../types';

/** A page audit in lists (audits:list): enough to show and pick, without the raw results. */
export interface PageAuditSummary {
  id: string;
  journeyId: string | null;
  url: string;
  title: string;
  startedAt: string;
  status: StoredPageAudit['status'];
  failed: number;
  needsReview: number;
}

export function summarise(page: StoredPageAudit): PageAuditSummary {
  return {
    id: page.id,
    journeyId: page.journeyId,
    url: page.url,
    title: page.title,
    startedAt: page.startedAt,
    status: page.status,
    failed: page.findings.filter((finding) => finding.outcome === 'failed').length,
    needsReview: page.findings.filter((finding) => finding.outcome === 'needs-review').length,
  };
}
