import type { Translate } from '@/utils/report/translate';
import { useReportT } from './use-report-t';

export interface Progress {
  /** Loading the page audits from the store, or putting the report together. */
  phase: 'pages' | 'building';
  /** 0–100. */
  percent: number;
}

/** A progress bar that moves with every page while a long journey loads. */
export function ReportProgressBar({ progress }: { progress: Progress }) {
  const { t } = useReportT();
  return <progress aria-label={t('loading')} max={100} value={progress.percent} />;
}

/**
 * What the page's status line says while loading: the phase and every tenth, so a screen-reader
 * user hears that work goes on without a number per page.
 */
export function progressStatus(t: Translate, progress: Progress | null): string {
  if (!progress) return t('loading');
  return t(`progress.${progress.phase}`, { percent: Math.floor(progress.percent / 10) * 10 });
}

/** Turns (done, total) callbacks into progress updates, only when the whole percent changes. */
export function progressUpdates(phase: Progress['phase'], update: (progress: Progress) => void): (done: number, total: number) => void {
  let last = -1;
  return (done, total) => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    if (percent === last) return;
    last = percent;
    update({ phase, percent });
  };
}
