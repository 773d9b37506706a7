/**
 * How Dotbogi runs axe-core, in one place: the frame runner, the page-wide finish, the tests that
 * compare with a bare `axe.run` and the benchmarks all read it (plain data: Node loads it too).
 */
import { OVERLAY_HOST_NAME } from '../overlay/frame-markers.ts';

/** WCAG 2.2 A/AA plus best practice: what the brief asks of every audit. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** The options of every runPartial and of the finishRun (and of the reference `axe.run`, with `iframes: true`). */
export const AXE_RUN_OPTIONS = { runOnly: { type: 'tag' as const, values: AXE_TAGS } };

/**
 * The whole page except Dotbogi's own launcher and panel (an open shadow root axe would enter):
 * our UI is not the site's, and a finding on it would be blamed on the site. The launcher lives in
 * the top document only; frames get the context axe gives them (axe.utils.getFrameContexts).
 */
export const AUDITED = { exclude: [[OVERLAY_HOST_NAME]] };
