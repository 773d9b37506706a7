import axe from 'axe-core';
import { AXE_TAGS } from '../../../utils/audit/axe-options.ts';
import { CHECKS } from '../../../utils/audit/check-registry.ts';
import { JOURNEY_CHECKS } from '../../../utils/audit/journey-check-registry.ts';
import { kwcagMatrix, manualOnlyItems } from '../../../utils/audit/kwcag-matrix.ts';
import { kwcagForAxeRule, personasForAxeTags, wcagFromTags } from '../../../utils/audit/rule-map.ts';
import {
  SCHEMA_VERSION,
  type Evidence,
  type Finding,
  type Journey,
  type PageAudit,
  type RuleRun,
  type Severity,
} from '../../../utils/audit/types.ts';
import { syntheticId } from './synthetic-audits.ts';
import { englishSentences as sentencesIn } from './english.ts';

/**
 * The axe rules the audit runs, from axe's own rule list: `runOnly: { type: 'tag', values: AXE_TAGS }`
 * runs every rule with one of the tags, except rules with a tag axe leaves out by default
 * (experimental, deprecated) that the list does not name (axe's matchTags). Needs a DOM (happy-dom).
 */
export function auditedAxeRules(): axe.RuleMetadata[] {
  const excluded = (axe as unknown as { _audit: { tagExclude: string[] } })._audit.tagExclude.filter((tag) => !AXE_TAGS.includes(tag));
  return axe.getRules(AXE_TAGS).filter((rule) => !rule.tags.some((tag) => excluded.includes(tag)));
}

/** Every rule id a report can show: axe's rules, Dotbogi's page checks and its journey checks. */
export function reportableRuleIds(): string[] {
  return [
    ...auditedAxeRules().map((rule) => rule.ruleId),
    ...CHECKS.map((check) => check.meta.id),
    ...JOURNEY_CHECKS.map((check) => check.meta.id),
  ];
}

const SEVERITIES: Severity[] = ['critical', 'serious', 'moderate', 'minor'];
const STEPS = [
  { title: '정부24 — 주민등록표 등본 발급', path: '/portal/main' },
  { title: '주민등록표 등본 발급 신청', path: '/mw/AA020InfoCappView.do?CappBizCD=13100000015' },
  { title: '신청 내용 확인', path: '/mw/EgovPageLink.do?confirm=1' },
  { title: '발급 완료', path: '/mw/issued.do' },
];
const SNIPPETS = [
  '<button type="submit" class="btn-apply"><img src="/img/btn_apply.png"></button>',
  '<input type="text" id="applicant-name" name="name" value="[값 숨김]">',
  '<a href="/help.do" target="_blank">도움말</a>',
  '<p class="notice">「민원사무처리에 관한 법률」 제10조에 의거하여 교부합니다.</p>',
  '<iframe src="https://map.example.kr/embed"></iframe>',
];

/** What Dotbogi's checks measure, as they store it (units in English words where they count). */
const MEASURED: Record<string, Evidence> = {
  'plain-language': {
    key: 'longKorean',
    values: { chars: 95, threshold: 80 },
    measured: { quantity: 'sentence-length', value: 95, unit: 'Hangul characters', comparison: '>', threshold: 80 },
  },
  'form-field-count': {
    key: 'count',
    values: { count: 14, threshold: 10 },
    measured: { quantity: 'questions', value: 14, unit: 'questions', comparison: '>', threshold: 10 },
  },
  'small-text': {
    key: 'size',
    values: { size: 12, chars: 40, threshold: 16 },
    measured: { quantity: 'font-size', value: 12, unit: 'px', comparison: '<', threshold: 16 },
  },
  'target-size-kwcag': {
    key: 'small',
    values: { width: 12, height: 12, mm: 4.2, threshold: 6, square: 24 },
    measured: { quantity: 'target-diagonal', value: 4.2, unit: 'mm', comparison: '<', threshold: 6 },
  },
};

/**
 * A journey shaped like a real audit of a Korean government service (정부24-style pages, Korean
 * snippets), in which every rule a report can show fails or needs review somewhere — with what a
 * real audit also carries in English: axe's help URLs, axe's per-element messages, Dotbogi's check
 * measurements, a technical reason for a frame that could not be audited. A report in Korean must
 * show none of that English as a sentence.
 */
export function koreanServiceJourney(): { journey: Journey; pages: PageAudit[] } {
  const journeyId = 'journey-gov24';
  const pages: PageAudit[] = STEPS.map((step, index) => {
    const url = `https://www.gov.kr${step.path}`;
    return {
      schemaVersion: SCHEMA_VERSION,
      id: `gov24-${index}`,
      journeyId,
      url,
      title: step.title,
      startedAt: new Date(Date.UTC(2026, 11, 7, 1, 24 + index)).toISOString(),
      finishedAt: new Date(Date.UTC(2026, 11, 7, 1, 24 + index, 30)).toISOString(),
      durationMs: 30_000,
      status: index === 1 ? 'partial' : 'complete',
      engines: { axeCore: '4.14.1', dotbogi: '0.2.0' },
      viewport: { width: 390, height: 844, devicePixelRatio: 3, kind: 'mobile' },
      axe: null,
      frames: [{ frameId: 0, url, title: step.title, path: [], error: null }],
      rules: [],
      findings: [],
      kwcag: [],
      coverage: {
        framesAudited: 1,
        framesSkipped:
          index === 1
            ? [{ url: 'https://map.example.kr/embed', reason: 'cross-origin frame without permission', kind: 'no-permission' }]
            : [],
        errors: index === 1 ? [{ frame: 'https://www.gov.kr/mw/popup.do', message: 'TypeError: Cannot read properties of null' }] : [],
        manualOnly: manualOnlyItems(),
      },
      facts: { help: [], fields: [] },
    };
  });

  const node = (key: string, index: number, message: string) => ({
    target: [`#${key}-${index}`],
    frame: 0,
    snippet: SNIPPETS[index % SNIPPETS.length]!,
    message,
    templateSignature: `main>form>div>${key}`,
  });
  const add = (page: PageAudit, finding: Finding, run: RuleRun) => {
    page.findings.push(finding);
    page.rules.push(run);
  };

  auditedAxeRules().forEach((rule, index) => {
    const page = pages[index % pages.length]!;
    const outcome = index % 5 === 4 ? 'needs-review' : 'failed';
    const mapped = {
      ruleId: rule.ruleId,
      source: 'axe' as const,
      kwcag: kwcagForAxeRule(rule.ruleId, rule.tags),
      wcag: wcagFromTags(rule.tags),
    };
    add(
      page,
      {
        id: syntheticId(rule.ruleId, page.id),
        ...mapped,
        outcome,
        helpUrl: rule.helpUrl,
        confidence: outcome === 'failed' ? 'certain' : 'needs-person',
        evidence: [],
        personas: personasForAxeTags(rule.tags),
        severity: SEVERITIES[index % SEVERITIES.length]!,
        nodes: [0, 1, 2].map((i) => node(rule.ruleId, i, `Fix any of the following:\n  ${rule.help}`)),
      },
      { ...mapped, outcome, frames: [{ frame: 0, outcome }] },
    );
  });
  CHECKS.forEach(({ meta }, index) => {
    const page = pages[index % pages.length]!;
    const outcome = meta.id === 'session-time-limit' ? 'needs-review' : 'failed';
    const mapped = { ruleId: meta.id, source: 'dotbogi' as const, kwcag: meta.kwcag, wcag: meta.wcag };
    add(
      page,
      {
        id: syntheticId(meta.id, page.id),
        ...mapped,
        outcome,
        confidence: outcome === 'failed' ? meta.confidence : 'needs-person',
        evidence: [],
        personas: meta.personas,
        severity: meta.severity,
        nodes: [0, 1].map((i) => ({
          ...node(meta.id, i, '12×12 px (minimum 17×17)'),
          ...(MEASURED[meta.id] ? { evidence: MEASURED[meta.id] } : {}),
        })),
      },
      { ...mapped, outcome, frames: [{ frame: 0, outcome }] },
    );
  });
  for (const page of pages) page.kwcag = kwcagMatrix(page.rules);

  const journeyFindings: Finding[] = JOURNEY_CHECKS.map(({ meta }) => ({
    id: syntheticId(meta.id, journeyId),
    ruleId: meta.id,
    source: 'dotbogi',
    outcome: 'failed',
    confidence: meta.confidence,
    evidence: [],
    kwcag: meta.kwcag,
    wcag: meta.wcag,
    personas: meta.personas,
    severity: meta.severity,
    nodes: [{ target: [pages[1]!.url], frame: 0, snippet: '', message: '2. name asked again', templateSignature: 'journey' }],
  }));
  const journey: Journey = {
    schemaVersion: SCHEMA_VERSION,
    id: journeyId,
    name: '주민등록표 등본 발급',
    tabId: 1,
    status: 'stopped',
    startedAt: pages[0]!.startedAt,
    endedAt: pages.at(-1)!.finishedAt,
    pages: pages.map((page) => page.id),
    findings: journeyFindings,
    kwcag: kwcagMatrix([...pages.flatMap((page) => page.rules), ...journeyFindings]),
  };
  return { journey, pages };
}

/** English sentences in `text`, with every rule id a report can show allowed (see english.ts). */
export function englishSentences(text: string): string[] {
  return sentencesIn(text, reportableRuleIds());
}
