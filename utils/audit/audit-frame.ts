/**
 * The audit runner in one frame (see frame-protocol.ts for the whole exchange): axe.runPartial
 * with the context the background hands it, and Dotbogi's own checks, side by side. axe runs in
 * English and its raw results stay so: axe.configure({ locale }) compiles message templates with
 * `new Function`, which the extension's CSP forbids; reports show Dotbogi's own rule texts in
 * the reader's language instead (utils/report/rule-text.ts). Everything that leaves the frame is redacted here first (redact.ts), with the
 * personal values this page holds by their place in the document (redact-document.ts) masked too.
 */
import type axe from 'axe-core';
import { injectedAxe } from './axe-script';
import { AXE_RUN_OPTIONS } from './axe-options';
import { CHECKS } from './check-registry';
import { scanPage } from './page-scan';
import { collectFacts } from './page-facts';
import { maskKnown, redactSnippet, redactText, redactUrl } from './redact';
import { personalValuesOf } from './redact-document';
import { templateSignature } from './stable-id';
import { elementOf, selectorOf, snippetOf } from './element-ref';
import type { CheckRun, Evidence, FrameRun, PageFacts, Viewport } from './types';
import type { Check, CheckContext } from './check-types';
import type { ChildFrame, FrameRunner, StartReply, StartRequest } from './frame-protocol';
import { targetKey } from './target-key';
import { packAxe } from './packed-axe';

/** The browser's frameId of a frame element, where the browser can say (Firefox's runtime.getFrameId). */
export type FrameIdOf = (frame: Element) => number;

export function createFrameRunner(win: Window, frameIdOf?: FrameIdOf): FrameRunner {
  const doc = win.document;
  const known = personalValuesOf(doc, win.location);
  const clean = cleaner(known);
  let work: Promise<[FrameRun, axe.PartialResult | null]> | null = null;
  const base = () => ({
    url: redactUrl(win.location.href),
    title: clean.text(doc.title),
    viewport: viewportOf(win),
  });

  return {
    start({ axeContext, top }: StartRequest): string {
      let engine: typeof axe | null = null;
      let contexts: axe.FrameContext[] = [];
      let axeError: string | null = null;
      try {
        engine = injectedAxe(win);
        serializeLikeRun(engine);
        if (axeContext) contexts = engine.utils.getFrameContexts(axeContext as axe.ElementContext, AXE_RUN_OPTIONS);
      } catch (error) {
        axeError = messageOf(error);
      }
      const children = childFramesOf(win, contexts, engine, clean, frameIdOf);
      // The answer goes back at once, so the background can start the child frames; the work
      // starts in the next task. axe's partial run comes right after the frame contexts, as its
      // documentation asks (they share one flattened tree).
      work = new Promise((resolve) =>
        win.setTimeout(() => resolve(auditFrame(win, engine, axeContext, top && contexts.length === 0, axeError, clean, base)), 0),
      );
      const reply: StartReply = { children };
      return JSON.stringify(reply);
    },
    async collect(): Promise<[string, string | null]> {
      // A runner without work is a new page's: the frame navigated after its audit started.
      if (!work) throw new Error('the frame navigated during the audit (its new page was never started)');
      const [run, partial] = await work;
      // Text, not objects: one string crosses from the frame to the background far faster than a
      // tree of many small objects (a 20,000-element page's partial result is megabytes).
      return [JSON.stringify(run), partial && JSON.stringify(partial)];
    },
    signatures(targets: unknown[][]): Record<string, string> {
      const found: Record<string, string> = {};
      for (const target of targets) {
        const element = elementOf(doc, clean.unmasked(target));
        found[targetKey(target)] = element ? templateSignature(element) : '';
      }
      return found;
    },
  };
}

/**
 * axe.runPartial describes every node it tested with its selector, source, ancestry and xpath
 * (DqElement.toJSON), though axe.finishRun's report — like axe.run's — shows the xpath only when
 * asked (runOptions.xpath, which Dotbogi does not set) and no after-function reads it (they read
 * selectors and ancestries, which stay). The xpath of every node was a third of runPartial's time
 * on a 20,000-element page; axe's serializer hook gives the same spec with the placeholder its
 * own report uses instead.
 */
function serializeLikeRun(engine: typeof axe) {
  const utils = engine.utils as typeof engine.utils & {
    nodeSerializer?: { update(serializer: { toSpec(node: DqSpecSource): object }): void };
  };
  utils.nodeSerializer?.update({
    toSpec: (node) => ({
      selector: node.selector,
      source: node.source,
      xpath: ['/'],
      ancestry: node.ancestry,
      nodeIndexes: node.nodeIndexes,
      fromFrame: node.fromFrame,
    }),
  });
}

interface DqSpecSource {
  selector: unknown[];
  source: string;
  ancestry: unknown[];
  nodeIndexes: number[];
  fromFrame: boolean;
}

async function auditFrame(
  win: Window,
  engine: typeof axe | null,
  axeContext: object | null,
  whole: boolean,
  axeError: string | null,
  clean: Cleaner,
  base: () => Pick<FrameRun, 'url' | 'title' | 'viewport'>,
): Promise<[FrameRun, axe.PartialResult | null]> {
  const doc = win.document;
  let checks: CheckRun[] = [];
  let facts: PageFacts = { help: [], fields: [] };
  let error: string | null = null;
  let checking: Promise<CheckRun[]> = Promise.resolve([]);
  try {
    const scan = scanPage(doc, win);
    const viewport = viewportOf(win);
    const context = { scan, viewport, sleep: (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms)) };
    // Our checks start first and run to their first wait before axe starts, so they never
    // interleave with axe's work; the countdown check waits between two samples while axe runs.
    checking = Promise.all(CHECKS.map((check) => runCheck(check, doc, win, context, clean)));
    facts = maskFacts(collectFacts(doc, win, scan), clean);
  } catch (failure) {
    error = messageOf(failure);
  }
  let partial: axe.PartialResult | null = null;
  let results: axe.AxeResults | null = null;
  if (engine && axeContext && !axeError) {
    try {
      if (whole) results = await engine.run(axeContext as axe.ElementContext, { ...AXE_RUN_OPTIONS, iframes: false });
      else partial = await engine.runPartial(axeContext as axe.ElementContext, AXE_RUN_OPTIONS);
    } catch (failure) {
      axeError = messageOf(failure);
    }
  }
  checks = await checking;
  const run: FrameRun = {
    ...base(),
    axeVersion: engine?.version ?? '',
    axeFrames: null,
    axeError,
    signatures: {},
    checks,
    facts,
    error,
  };
  if (results) {
    run.signatures = signaturesOfResults(doc, results, clean);
    const redacted = redactValue(results, clean, '') as axe.AxeResults;
    run.pageAxe = { slim: withoutPassedNodes(redacted), packed: await packAxe(redacted) };
    return [run, null];
  }
  if (!partial) return [run, null];
  run.signatures = signaturesOf(doc, partial, clean);
  const redacted = redactValue(partial, clean, '') as axe.PartialResult;
  run.axeFrames = redacted.frames.map((frame) => frame.selector as unknown[]);
  return [run, redacted];
}

/** Template signatures of the failing and needs-review nodes of a whole-page axe.run, by their redacted target. */
function signaturesOfResults(doc: Document, results: axe.AxeResults, clean: Cleaner): Record<string, string> {
  const signatures: Record<string, string> = {};
  for (const rule of [...results.violations, ...results.incomplete]) {
    for (const node of rule.nodes) {
      const key = targetKey(redactValue(node.target, clean, 'target'));
      if (key in signatures) continue;
      const element = elementOf(doc, node.target as unknown[]);
      signatures[key] = element ? templateSignature(element) : '';
    }
  }
  return signatures;
}

/** Findings and rules need every rule's outcome but only the nodes that failed or need review. */
function withoutPassedNodes(results: axe.AxeResults): axe.AxeResults {
  return { ...results, passes: results.passes.map((rule) => ({ ...rule, nodes: [] })) };
}

async function runCheck(check: Check, doc: Document, win: Window, context: CheckContext, clean: Cleaner): Promise<CheckRun> {
  try {
    const outcome = await check.run(doc, win, context);
    return {
      id: check.meta.id,
      outcome: outcome.outcome,
      confidence: outcome.confidence ?? check.meta.confidence,
      summary: clean.text(outcome.summary),
      evidence: (outcome.evidence ?? []).map((evidence) => cleanEvidence(evidence, clean)),
      nodes: outcome.nodes.map(({ element, message, evidence, confidence }) => ({
        target: [selectorOf(element)],
        snippet: clean.snippet(snippetOf(element)),
        message: clean.text(message),
        templateSignature: templateSignature(element),
        ...(evidence ? { evidence: cleanEvidence(evidence, clean) } : {}),
        ...(confidence ? { confidence } : {}),
      })),
    };
  } catch (error) {
    // A broken check must not lose the audit: it is reported for review with its error.
    return {
      id: check.meta.id,
      outcome: 'needs-review',
      confidence: 'needs-person',
      summary: `check failed: ${messageOf(error)}`,
      evidence: [],
      nodes: [],
    };
  }
}

/**
 * The frame's child frames: those axe will test, in its order (what the background needs to place
 * each child's partial results), then the rest (hidden frames: axe leaves them out, our checks
 * still run there). Each with its index among the window's frames, which the child can compute
 * for itself (window.parent[i] === window) — the link between a frame element here and a frame
 * the background reached, without any message through the page.
 */
function childFramesOf(
  win: Window,
  contexts: readonly axe.FrameContext[],
  engine: typeof axe | null,
  clean: Cleaner,
  frameIdOf?: FrameIdOf,
): ChildFrame[] {
  const doc = win.document;
  const windows = Array.from({ length: win.length }, (_, i) => win[i]);
  const describe = (frame: Element, axeOrder: number | null, axeContext: object | null): ChildFrame => {
    const content = (frame as HTMLIFrameElement).contentWindow;
    let frameId: number | null = null;
    try {
      frameId = frameIdOf ? frameIdOf(frame) : null;
    } catch {
      frameId = null;
    }
    const sandbox = frame.getAttribute('sandbox');
    return {
      index: content ? windows.indexOf(content) : -1,
      frameId: frameId !== null && frameId >= 0 ? frameId : null,
      url: clean.url(frameAddress(frame, doc)),
      sandboxed: sandbox !== null && !/\ballow-scripts\b/i.test(sandbox),
      axeOrder,
      axeContext,
    };
  };
  const children: ChildFrame[] = [];
  const seen = new Set<Element>();
  contexts.forEach(({ frameSelector, frameContext }, order) => {
    const frame = engine ? (engine.utils.shadowSelect(frameSelector) as Element | null) : null;
    if (frame) seen.add(frame);
    children.push(
      frame
        ? describe(frame, order, frameContext)
        : { index: -1, frameId: null, url: '', sandboxed: false, axeOrder: order, axeContext: frameContext },
    );
  });
  for (const frame of doc.querySelectorAll('iframe, frame')) if (!seen.has(frame)) children.push(describe(frame, null, null));
  return children;
}

function frameAddress(frame: Element, doc: Document): string {
  if (frame.hasAttribute('srcdoc')) return 'about:srcdoc';
  const src = frame.getAttribute('src');
  if (!src) return 'about:blank';
  try {
    return new URL(src, doc.baseURI).href;
  } catch {
    return src;
  }
}

/**
 * Template signatures of the nodes axe's partial results already show failing or needing review
 * (a check that failed, or could not tell), keyed by their redacted within-frame selector.
 * Nodes that only fail once axe.finishRun has seen every frame are asked for later.
 */
function signaturesOf(doc: Document, partial: axe.PartialResult, clean: Cleaner): Record<string, string> {
  const signatures: Record<string, string> = {};
  for (const rule of partial.results) {
    for (const node of (rule as { nodes?: RawNode[] }).nodes ?? []) {
      if (!looksFailing(node)) continue;
      const selector = node.node?.selector;
      if (!Array.isArray(selector)) continue;
      const key = targetKey(redactValue(selector, clean, 'selector'));
      if (key in signatures) continue;
      const element = elementOf(doc, selector as unknown[]);
      signatures[key] = element ? templateSignature(element) : '';
    }
  }
  return signatures;
}

interface RawNode {
  node?: { selector?: unknown[] };
  any?: { result?: boolean | null | undefined }[];
  all?: { result?: boolean | null | undefined }[];
  none?: { result?: boolean | null | undefined }[];
}

function looksFailing(node: RawNode): boolean {
  const unsure = (check: { result?: boolean | null }) => check.result === undefined || check.result === null;
  const all = node.all ?? [];
  const none = node.none ?? [];
  const any = node.any ?? [];
  return (
    all.some((check) => check.result === false || unsure(check)) ||
    none.some((check) => check.result === true || unsure(check)) ||
    (any.length > 0 && !any.some((check) => check.result === true))
  );
}

/** Structure, not page text: kept as it is so axe can merge frames and order nodes. */
const KEEP_KEYS = new Set(['id', 'impact', 'ancestry', 'nodeIndexes', 'result', 'pageLevel', 'fromFrame', 'testEngine', 'testRunner']);

/**
 * axe keeps page text in node sources (`source`, `html`), selectors, messages and check data;
 * redact them, change nothing else. The same text always redacts to the same mask, so selectors
 * and names that axe compares across frames still match after redaction.
 */
function redactValue(value: unknown, clean: Cleaner, key: string): unknown {
  if (typeof value === 'string') {
    if (key === 'source' || key === 'html') return clean.snippet(value, Number.POSITIVE_INFINITY);
    if (key === 'url') return clean.url(value);
    return clean.text(value);
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, clean, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [field, inner] of Object.entries(value)) out[field] = KEEP_KEYS.has(field) ? inner : redactValue(inner, clean, field);
    return out;
  }
  return value;
}

interface Cleaner {
  text(text: string): string;
  snippet(html: string, maxLength?: number): string;
  url(url: string): string;
  /** The page's own form of a redacted target, where masking changed it (to find the element again). */
  unmasked(target: unknown[]): unknown[];
}

/**
 * Redaction for this frame: patterns (redact.ts) and the values known to be personal here, each
 * distinct string once — axe repeats the same html and messages across rules (one element, dozens
 * of rules), and on a 20,000-element page that is most of redaction's time.
 */
function cleaner(known: readonly string[]): Cleaner {
  const masked = new Map<string, string>();
  const text = remembered((value) => maskKnown(redactText(value), known));
  const fullSnippet = remembered((html) => maskKnown(redactSnippet(html, Number.POSITIVE_INFINITY), known));
  return {
    text: (value) => {
      const out = text(value);
      if (out !== value) masked.set(out, value);
      return out;
    },
    snippet: (html, max = 300) => (max === Number.POSITIVE_INFINITY ? fullSnippet(html) : maskKnown(redactSnippet(html, max), known)),
    url: (value) => maskKnown(redactUrl(value), known),
    unmasked: (target) => target.map((part) => (typeof part === 'string' ? (masked.get(part) ?? part) : part)),
  };
}

function remembered(redact: (text: string) => string): (text: string) => string {
  const done = new Map<string, string>();
  return (text) => {
    let redacted = done.get(text);
    if (redacted === undefined) done.set(text, (redacted = redact(text)));
    return redacted;
  };
}

/** Evidence holds page words (matched text, labels): redacted like every other page text. */
function cleanEvidence(evidence: Evidence, clean: Cleaner): Evidence {
  const values = Object.fromEntries(
    Object.entries(evidence.values).map(([key, value]) => [key, typeof value === 'string' ? clean.text(value) : value]),
  );
  return {
    ...evidence,
    values,
    ...(evidence.matched ? { matched: evidence.matched.map((word) => clean.text(word)) } : {}),
    ...(evidence.same ? { same: evidence.same.map((field) => ({ ...field, label: clean.text(field.label) })) as Evidence['same'] } : {}),
  };
}

function maskFacts(facts: PageFacts, clean: Cleaner): PageFacts {
  return {
    help: facts.help.map((help) => ({ ...help, text: clean.text(help.text) })),
    fields: facts.fields.map((field) => ({ ...field, label: clean.text(field.label) })),
  };
}

function viewportOf(win: Window): Viewport {
  const width = win.innerWidth;
  return { width, height: win.innerHeight, devicePixelRatio: win.devicePixelRatio || 1, kind: width < 768 ? 'mobile' : 'desktop' };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
