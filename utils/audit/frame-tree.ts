/**
 * The frames of one page as the background finds and audits them (utils/background/run-audit.ts),
 * and the pure decisions about them: which frame a parent's frame element is, in what order axe's
 * partial results go to axe.finishRun, and which frames were not audited and why.
 */
import type { ChildFrame, StartReply } from './frame-protocol';
import type { FrameRun, FrameSkipKind, SkippedFrame } from './types';

/** A frame the browser let the extension into, as the first probe saw it. */
export interface ReachedFrame {
  frameId: number;
  /** Redacted address. */
  url: string;
  elements: number;
  /** Index among its parent's frames at each level from the top; -1 where a parent does not list it (a shadow root). */
  rawPath: number[];
}

/** One reached frame through the audit. */
export interface FrameNode {
  frame: ReachedFrame;
  /** axe's context it was started with, or null: Dotbogi's checks only. */
  axeContext: object | null;
  reply?: StartReply;
  /** The reached frame each of reply.children turned out to be (by the child's position). */
  matched: Map<ChildFrame, number>;
  run?: FrameRun;
  /** Its partial axe result as JSON text, when axe ran. */
  partial?: string | null;
  /** Why it did not finish (not started, or not collected). */
  failure?: string;
}

/**
 * The reached frame a parent's frame element is: by frameId where the browser said it (Firefox),
 * else by its index path; a frame in a shadow root (index -1, which Chromium's window indexes do
 * not list) only when it is the parent's one such frame and exactly one reached frame sits there.
 */
export function matchChild(
  parent: ReachedFrame,
  child: ChildFrame,
  siblings: readonly ChildFrame[],
  reached: readonly ReachedFrame[],
): ReachedFrame | undefined {
  if (child.frameId !== null) return reached.find((frame) => frame.frameId === child.frameId);
  if (parent.rawPath.includes(-1) && !uniquelyPlaced(parent, reached)) return undefined;
  if (child.index >= 0) return reached.find((frame) => samePath(frame.rawPath, [...parent.rawPath, child.index]));
  const unlisted = siblings.filter((sibling) => sibling.index < 0 && sibling.frameId === null && sibling.axeOrder !== null);
  const candidates = reached.filter((frame) => samePath(frame.rawPath, [...parent.rawPath, -1]));
  return unlisted.length === 1 && candidates.length === 1 ? candidates[0] : undefined;
}

/** No other reached frame shares this one's path (with its -1 levels). */
function uniquelyPlaced(frame: ReachedFrame, reached: readonly ReachedFrame[]): boolean {
  return reached.filter((other) => samePath(other.rawPath, frame.rawPath)).length === 1;
}

export function samePath(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * axe.finishRun's input and where each frame's nodes land: partial results from the top frame
 * down, a frame's children (in its partial's `frames` order) before its next sibling, `null` for a
 * frame that could not be audited and nothing for its descendants (axe's run-partial.md). `chains`
 * gives, for each frame in the result, the selectors axe puts before its nodes' own targets.
 */
export function orderPartials(top: FrameNode, nodes: ReadonlyMap<number, FrameNode>): { json: string; chains: Map<number, unknown[]> } {
  const pieces: string[] = [];
  const chains = new Map<number, unknown[]>();
  const visit = (node: FrameNode | undefined, chain: unknown[]) => {
    if (!node?.run?.axeFrames || !node.partial || !node.reply) {
      pieces.push('null');
      return;
    }
    pieces.push(node.partial);
    chains.set(node.frame.frameId, chain);
    const listed = node.run.axeFrames;
    const children = axeChildren(node.reply);
    // The frame's partial lists its frames in the order getFrameContexts gave them; if the page
    // changed between the two, nothing can be placed, and axe is told so frame by frame.
    const aligned = children.length === listed.length;
    listed.forEach((selector, order) => {
      const child = aligned ? children[order]! : undefined;
      const frameId = child && node.matched.get(child);
      const next = frameId === undefined ? undefined : nodes.get(frameId);
      if (next?.axeContext) visit(next, [...chain, ...selector]);
      else pieces.push('null');
    });
  };
  visit(top, []);
  return { json: `[${pieces.join(',')}]`, chains };
}

/** The children axe tests, in its order. */
export function axeChildren(reply: StartReply): ChildFrame[] {
  return reply.children.filter((child) => child.axeOrder !== null).sort((a, b) => a.axeOrder! - b.axeOrder!);
}

/**
 * Every frame the audit did not cover, with why: frame elements no reached frame answered for,
 * reached frames whose audit failed, and reached frames axe could not place in the page (only
 * Dotbogi's checks ran there). Hidden frames axe leaves out by design are not listed: axe.run
 * leaves them out too.
 */
export function framesNotAudited(
  nodes: ReadonlyMap<number, FrameNode>,
  permitted: ReadonlyMap<string, boolean> = new Map(),
): SkippedFrame[] {
  const skipped: SkippedFrame[] = [];
  const unplaced = new Set<number>();
  for (const node of nodes.values()) {
    if (node.failure !== undefined) {
      skipped.push({ url: addressOf(node, nodes), reason: node.failure, kind: failureKind(node.failure) });
      continue;
    }
    if (node.axeContext || node.frame.frameId === 0) continue;
    // Started with Dotbogi's checks only: hidden (its parent listed it outside axe's frames), or not placed.
    const parent = parentOf(node.frame, nodes);
    const listedHidden = parent?.reply?.children.some(
      (child) => child.axeOrder === null && parent.matched.get(child) === node.frame.frameId,
    );
    if (listedHidden) continue;
    unplaced.add(node.frame.frameId);
    skipped.push({
      url: node.frame.url,
      reason:
        parent && parent.failure === undefined
          ? "reached, but the browser would not say where it sits in the page (a frame inside a shadow root), so axe's page-wide rules could not include it; Dotbogi's own checks ran"
          : "its parent frame could not be audited, so axe's page-wide rules could not include it; Dotbogi's own checks ran",
      kind: 'unplaced',
    });
  }
  for (const node of nodes.values()) {
    if (!node.reply || !node.run) continue;
    for (const child of node.reply.children) {
      if (node.matched.has(child)) continue;
      // A frame in a shadow root that was reached but could not be placed is listed once, above.
      if (child.index < 0 && [...unplaced].some((id) => isChildOf(nodes.get(id)!.frame, node.frame))) continue;
      skipped.push(unreached(child, node.run.url, permitted.get(child.url)));
    }
  }
  return skipped;
}

function unreached(child: ChildFrame, parentUrl: string, permitted: boolean | undefined): SkippedFrame {
  const url = child.url || 'about:blank';
  if (/^(?:about|javascript|data):/i.test(url))
    return { url, reason: 'a blank or srcdoc frame written by script, which the browser gave Dotbogi no access to', kind: 'blank' };
  if (child.sandboxed) return { url, reason: 'a sandboxed frame the browser did not let Dotbogi into', kind: 'sandboxed' };
  // Dotbogi may enter it, yet it never answered: its page is stuck (an endless script, a dialog) or still loading.
  if (permitted === true || (originOf(url) !== null && originOf(url) === originOf(parentUrl)))
    return {
      url,
      reason: 'the frame did not answer in time (a script kept it busy, a dialog was open, or it was still loading)',
      kind: 'timed-out',
    };
  return { url, reason: 'cross-origin frame without permission: Dotbogi may not access that site', kind: 'no-permission' };
}

function failureKind(reason: string): FrameSkipKind {
  if (/timed out/i.test(reason)) return 'timed-out';
  if (/removed|navigat|closed|unloaded|No frame with id|cannot be scripted/i.test(reason)) return 'navigated';
  return 'error';
}

/**
 * A frame's address. The first probe may catch a frame before its first page came in (it then says
 * about:blank); its parent's frame element names the page it was loading, which a reader can find.
 */
function addressOf(node: FrameNode, nodes: ReadonlyMap<number, FrameNode>): string {
  if (node.frame.url !== 'about:blank') return node.frame.url;
  const parent = parentOf(node.frame, nodes);
  const element = parent?.reply?.children.find((child) => parent.matched.get(child) === node.frame.frameId);
  return element?.url || node.frame.url;
}

function parentOf(frame: ReachedFrame, nodes: ReadonlyMap<number, FrameNode>): FrameNode | undefined {
  for (const node of nodes.values()) if (node.reply && [...node.matched.values()].includes(frame.frameId)) return node;
  return [...nodes.values()].find((node) => isChildOf(frame, node.frame));
}

function isChildOf(child: ReachedFrame, parent: ReachedFrame): boolean {
  return child.rawPath.length === parent.rawPath.length + 1 && samePath(child.rawPath.slice(0, -1), parent.rawPath);
}

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The frame an axe target (with its frame selectors first) is in, and the target within that frame. */
export function placeTarget<F extends { chain: unknown[] | null }>(
  target: readonly unknown[],
  frames: readonly F[],
): { frame: F; target: unknown[] } | undefined {
  let best: F | undefined;
  for (const frame of frames) {
    const chain = frame.chain;
    if (!chain || chain.length >= target.length || (best && best.chain!.length >= chain.length)) continue;
    if (chain.every((part, i) => JSON.stringify(part) === JSON.stringify(target[i]))) best = frame;
  }
  return best && { frame: best, target: target.slice(best.chain!.length) };
}
