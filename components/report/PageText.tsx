import { evidence } from '@/utils/report/text';

/** Page-derived text: isolated from the surrounding direction, control characters shown, length bounded. */
export function PageText({ text, max }: { text: string; max: number }) {
  return <bdi class="page-text">{evidence(text, max)}</bdi>;
}
