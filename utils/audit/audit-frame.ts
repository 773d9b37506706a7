import type axe from 'axe-core';
import { injectedAxe } from './axe-script';
import { CHECKS } from './check-registry';
import { scanPage } from './page-scan';
import { collectFacts } from './page-facts';
import { maskKnown, redactSnippet, redactText, redactUrl } from './redact';
import { knownPersonalValues } from './known-values';
import { templateSignature } from './stable-id';
import { elementOf, selectorOf, snippetOf } from './element-ref';
import type { CheckRun, Evidence, FrameRun, PageFacts, Viewport } from './types';
import type { Check, CheckContext } from './check-types';
import { targetKey } from './target-key';
import { packAxe } from './packed-axe';
import { OVERLAY_HOST_NAME } from '../overlay/frame-markers';

/** WCAG 2.2 A/AA plus best practice: what the brief asks of every audit. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * The whole page except Dotbogi's own launcher and panel (an open shadow root axe would enter):
 * our UI is not the site's, and a finding on it would be blamed on the site.
 */
export const AUDITED = { exclude: [[OVERLAY_HOST_NAME]] };

/**
 * What the audit script hands back to the background: the frame's run as JSON text. executeScript
 * turns an object result into JSON-like values anyway, and one string crosses from the frame to
 * the background far faster than a tree of many small objects. axe's complete results inside it
 * are packed (packed-axe.ts): ~17 MB for a 20,000-element page would take seconds at every hop.
 */
export async function auditFrameAsJson(win: Window): Promise<string> {
  return JSON.stringify(await auditFrame(win));
}

/**
 * Audits one frame: axe-core and Dotbogi's checks, side by side. axe runs in English and its
 * raw results stay so: axe.configure({ locale }) compiles message templates with `new Function`,
 * which the extension's CSP forbids; the background shows axe's own translated rule texts instead
 * (axe-locales.ts). Each frame is audited on its own
 * (`iframes: false`) because the background injects this script into every frame it may access;
 * axe's own cross-frame messaging would otherwise trust `postMessage` traffic a page can forge.
 */
export async function auditFrame(win: Window): Promise<FrameRun> {
  const doc = win.document;
  const viewport = viewportOf(win);
  const known = knownPersonalValues(doc, win.location);
  const fullSnippet = remembered((html) => maskKnown(redactSnippet(html, Number.POSITIVE_INFINITY), known));
  const clean: Cleaner = {
    text: remembered((text) => maskKnown(redactText(text), known)),
    snippet: (html, max = 300) => (max === Number.POSITIVE_INFINITY ? fullSnippet(html) : maskKnown(redactSnippet(html, max), known)),
  };
  const base = {
    url: redactUrl(win.location.href),
    title: clean.text(doc.title),
    childFrames: childFramesOf(doc).map(redactUrl),
    viewport,
    axeVersion: '',
  };
  try {
    const engine = injectedAxe(win);
    const scan = scanPage(doc, win);
    const context = { scan, viewport, sleep: (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms)) };
    // Our checks start first and run to their first wait before axe starts, so they never
    // interleave with axe's work; the countdown check waits between two samples while axe runs.
    const checking = Promise.all(CHECKS.map((check) => runCheck(check, doc, win, context, clean)));
    const raw = await engine.run(AUDITED, { runOnly: { type: 'tag', values: AXE_TAGS }, iframes: false });
    const checks = await checking;
    const redacted = redactAxe(raw, clean);
    return {
      ...base,
      axeVersion: engine.version,
      axeRules: withoutPassedNodes(redacted),
      axe: await packAxe(redacted),
      axeSignatures: signaturesOf(doc, raw),
      checks,
      facts: maskFacts(collectFacts(doc, win, scan), clean),
      error: null,
    };
  } catch (error) {
    return {
      ...base,
      axeRules: null,
      axe: null,
      axeSignatures: {},
      checks: [],
      facts: { help: [], fields: [] },
      error: error instanceof Error ? error.message : String(error),
    };
  }
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
      summary: `check failed: ${error instanceof Error ? error.message : String(error)}`,
      evidence: [],
      nodes: [],
    };
  }
}

/** Template signatures of the nodes that become findings (violations, incomplete), keyed by target. */
function signaturesOf(doc: Document, results: axe.AxeResults): Record<string, string> {
  const signatures: Record<string, string> = {};
  for (const rule of [...results.violations, ...results.incomplete]) {
    for (const node of rule.nodes) {
      const key = targetKey(node.target);
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

/** axe keeps page text in html fields (and sometimes in messages); redact them, change nothing else. */
function redactAxe(results: axe.AxeResults, clean: Cleaner): axe.AxeResults {
  results.url = redactUrl(results.url);
  for (const bucket of [results.violations, results.passes, results.incomplete, results.inapplicable]) {
    for (const rule of bucket) for (const node of rule.nodes) redactNode(node as unknown as Record<string, unknown>, clean);
  }
  return results;
}

const KEEP_KEYS = new Set(['target', 'ancestry', 'xpath', 'id', 'impact']);
function redactNode(value: Record<string, unknown>, clean: Cleaner) {
  for (const [key, field] of Object.entries(value)) {
    if (KEEP_KEYS.has(key)) continue;
    if (typeof field === 'string') value[key] = key === 'html' ? clean.snippet(field, Number.POSITIVE_INFINITY) : clean.text(field);
    else if (Array.isArray(field)) {
      field.forEach((item: unknown, i) => {
        if (typeof item === 'string') field[i] = clean.text(item);
        else if (item && typeof item === 'object') redactNode(item as Record<string, unknown>, clean);
      });
    } else if (field && typeof field === 'object') redactNode(field as Record<string, unknown>, clean);
  }
}

/**
 * axe repeats the same html and messages across rules (one element, dozens of rules): each
 * distinct string is redacted once. On a 20,000-element page that is most of redaction's time.
 */
function remembered(redact: (text: string) => string): (text: string) => string {
  const done = new Map<string, string>();
  return (text) => {
    let redacted = done.get(text);
    if (redacted === undefined) done.set(text, (redacted = redact(text)));
    return redacted;
  };
}

interface Cleaner {
  text(text: string): string;
  snippet(html: string, maxLength?: number): string;
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

function childFramesOf(doc: Document): string[] {
  return [...doc.querySelectorAll('iframe, frame')].map((frame) => {
    const src = frame.getAttribute('src');
    if (!src) return 'about:blank';
    try {
      return new URL(src, doc.baseURI).href;
    } catch {
      return src;
    }
  });
}
