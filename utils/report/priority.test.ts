import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report.ts';
import { blocks, sendsForm } from './priority.ts';
import { syntheticFinding, syntheticJourney, type SyntheticRule } from '@/tests/kits/report/synthetic-audits.ts';

const rule = (ruleId: string, severity: SyntheticRule['severity'], personas: SyntheticRule['personas']): SyntheticRule => ({
  ruleId,
  severity,
  personas,
  kwcag: '1.1.1',
  wcag: '1.1.1',
  source: 'axe',
});

describe('priority (RANKING.md)', () => {
  it('ranks the worked example as RANKING.md says', () => {
    const { journey, pages } = syntheticJourney(4, 0);
    const button = syntheticFinding(rule('input-image-alt', 'critical', ['screen-reader', 'older']), 'submit', 1);
    button.nodes[0] = {
      ...button.nodes[0]!,
      snippet: '<input type="image" src="issue.gif">',
      templateSignature: 'main>form>input[type=image]',
    };
    const contrast = (step: number) => syntheticFinding(rule('color-contrast', 'serious', ['low-vision', 'older']), `footer${step}`, 8);
    const lang = syntheticFinding(rule('html-has-lang', 'serious', ['screen-reader', 'migrant']), 'html', 1);
    const withFindings = pages.map((page, step) => ({
      ...page,
      findings: [contrast(step), ...(step === 0 ? [lang] : []), ...(step === 1 ? [button] : [])],
    }));
    const report = buildReport({ kind: 'journey', journey, pages: withFindings });
    expect(report.rules.map((entry) => [entry.rank, entry.ruleId, entry.level])).toEqual([
      [1, 'input-image-alt', 'blocker'],
      [2, 'color-contrast', 'hard'],
      [3, 'html-has-lang', 'hard'],
    ]);
    expect(report.rules[0]!.blockerSteps).toEqual([1]);
  });

  it('knows which controls send a form', () => {
    const node = (snippet: string, templateSignature: string) => ({ snippet, templateSignature });
    expect(sendsForm(node('<input type="submit" value="">', 'main>form>input[type=submit]'))).toBe(true);
    expect(sendsForm(node('<button class="go"></button>', 'main>form>div>button'))).toBe(true);
    expect(sendsForm(node('<button type="button"></button>', 'main>form>button'))).toBe(false);
    expect(sendsForm(node('<button></button>', 'main>div>button'))).toBe(false);
    expect(blocks('button-name', node('<button type="submit"></button>', 'main>div>button'))).toBe(true);
    expect(blocks('link-name', node('<a href="/x"></a>', 'main>form>a'))).toBe(false);
    expect(blocks('required-install', node('', ''))).toBe(true);
  });
});
