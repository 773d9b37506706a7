import axe from 'axe-core';
import type { FrameAudit } from './types';

/** WCAG 2.2 A/AA plus best practice: what the brief asks of every audit. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * Audits one frame. Each frame is audited on its own (`iframes: false`) because the background
 * injects this script into every frame it may access; axe's own cross-frame messaging would
 * otherwise trust `postMessage` traffic that a page can forge.
 */
export async function auditFrame(win: Window): Promise<Omit<FrameAudit, 'frameId'>> {
  const doc = win.document;
  try {
    const results = await axe.run(doc, { runOnly: { type: 'tag', values: AXE_TAGS }, iframes: false });
    return { url: win.location.href, title: doc.title, axe: results, error: null };
  } catch (error) {
    return { url: win.location.href, title: doc.title, axe: null, error: error instanceof Error ? error.message : String(error) };
  }
}
