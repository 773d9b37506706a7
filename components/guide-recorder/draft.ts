/**
 * The recorder's draft guide and how it becomes a guide file: steps with captured
 * fingerprints and Korean text, exported as utils/guides/data/<id>.json plus the Korean
 * strings for locales/ko/guides.json (guide files hold locale keys, never text).
 */
import { parseGuide, type Fingerprint, type GuideAction, type ParsedGuide } from '@/utils/guides/schema';

export interface DraftStep {
  action: GuideAction;
  fingerprint: Fingerprint | null;
  /** Path glob of the page the element was captured on, e.g. "*\/move-in/apply.html". */
  path: string;
  label: string;
  text: string;
}

export interface Draft {
  id: string;
  host: string;
  title: string;
  steps: DraftStep[];
}

/** "*\/<folder>/<file>": the last two path segments, so copies under other prefixes still match. */
export function pathGlob(url: string): string {
  const parts = new URL(url).pathname.split('/').filter(Boolean);
  return `*/${parts.slice(-2).join('/')}`;
}

export function exportDraft(draft: Draft): { parsed: ParsedGuide; strings: Record<string, unknown> } {
  const stepIds = draft.steps.map((_, index) => `step-${index + 1}`);
  const guide = {
    format: 1,
    id: draft.id,
    version: 1,
    title: `${draft.id}.title`,
    summary: `${draft.id}.summary`,
    sites: [{ host: draft.host }],
    steps: draft.steps.map((step, index) => ({
      id: stepIds[index],
      action: step.action,
      page: step.path ? { path: step.path } : {},
      ...(step.fingerprint && { target: step.fingerprint }),
      ...(step.label && { label: step.label }),
      text: `${draft.id}.steps.${stepIds[index]}.text`,
    })),
  };
  const strings = {
    [draft.id]: {
      title: draft.title,
      summary: draft.title,
      steps: Object.fromEntries(draft.steps.map((step, index) => [stepIds[index], { text: step.text }])),
    },
  };
  return { parsed: parseGuide(guide), strings };
}
