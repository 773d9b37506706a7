/** The translation function the views and exports take: i18next's `t` fixed to the report namespace. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The labels every view and export shows, in one place so they stay the same everywhere. */
export const labels = {
  persona: (t: Translate, persona: string) => t(`persona.${persona}`),
  severity: (t: Translate, severity: string) => t(`severity.${severity}`),
  outcome: (t: Translate, outcome: string) => t(`outcome.${outcome}`),
  status: (t: Translate, status: string) => t(`status.${status}`),
  principle: (t: Translate, principle: string) => t(`principle.${principle}`),
  recommendation: (t: Translate, text: string) => t(`rec.${text}`),
};
