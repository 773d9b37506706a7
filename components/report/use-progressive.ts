import { useEffect, useState } from 'preact/hooks';
import { useReportT } from './use-report-t';

/**
 * How many of `total` items to render now: `step` more after each macrotask until all are in.
 * Splits a big first render into small tasks, so the page stays responsive while a long report
 * appears (no long task, however large the journey).
 */
export function useProgressive(total: number, step: number): number {
  // The standalone file has no later task: everything renders at once.
  const all = useReportT().static;
  const [count, setCount] = useState(all ? total : Math.min(total, step));
  useEffect(() => {
    if (count > total) {
      setCount(total);
      return;
    }
    if (count >= total) return;
    const timer = setTimeout(() => setCount((current) => Math.min(total, current + step)), 0);
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return all ? total : Math.min(count, total);
}
