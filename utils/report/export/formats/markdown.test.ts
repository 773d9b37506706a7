import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown, reportToMarkdown } from './markdown.ts';
import { buildReport } from '../../build-report.ts';
import { hostilePageAudit, HOSTILE_STRINGS } from '@/tests/kits/report/hostile.ts';
import { syntheticJourney } from '@/tests/kits/report/synthetic-audits.ts';
import { reportTranslator } from '@/tests/kits/report/i18n.ts';

describe('Markdown summary', () => {
  it('escapes links, emphasis, tables, headings and HTML in page text', () => {
    const escaped = escapeMarkdown('[click](javascript:alert(1)) **bold** <b>b</b> | pipe\n# heading');
    expect(escaped).not.toMatch(/(?<!\\)[[\]()*|#]/);
    expect(escaped).not.toMatch(/<|>/);
    expect(escaped).not.toContain('\n');
  });

  it('breaks bare URLs so they do not become links', () => {
    expect(escapeMarkdown('https://evil.example/phish')).not.toContain('https://');
    expect(escapeMarkdown('www.evil.example')).not.toMatch(/www\\\./);
  });

  it('shows bidi overrides instead of obeying them', () => {
    expect(escapeMarkdown('\u202Egnp.exe')).toContain('⟦U\\+202E⟧');
  });

  it('makes code spans that a backtick in the text cannot close', () => {
    expect(codeSpan('a`b``c')).toBe('``` a`b``c ```');
  });

  it('renders a journey summary with no raw hostile payload', () => {
    const markdown = reportToMarkdown(buildReport({ kind: 'page', audit: hostilePageAudit() }), reportTranslator('en'));
    // Code spans are literal in CommonMark: a selector inside one is shown, never rendered.
    const outsideCode = markdown.replace(/(`+) [^\n]*? \1/g, '');
    expect(outsideCode).not.toMatch(/<(script|img|svg|iframe|b)\b/i);
    for (const payload of HOSTILE_STRINGS.filter((text) => text.includes('<'))) expect(outsideCode).not.toContain(payload);
    const journey = reportToMarkdown(buildReport({ kind: 'journey', ...syntheticJourney(3) }), reportTranslator('ko'));
    expect(journey).toContain('| 1 |');
    expect(journey).toContain('가장 도움이 될 변경 5가지');
  });
});
