import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { REPORT_NAMESPACES } from '@/utils/report/translate';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { samplePageAudit } from '@/tests/kits/sample-audit';
import { kwcagMatrix } from '@/utils/audit/kwcag-matrix';
import type { HighlightReply } from '@/utils/messaging/replies';
import { PageAuditView } from './PageAuditView';
import type { ShowPlace } from './RuleItem';

/** The sample page with its image-alt failure on two images. */
function twoImages() {
  const page = samplePageAudit({ kwcag: kwcagMatrix([{ ruleId: 'image-alt', outcome: 'failed', kwcag: ['1.1.1'] }]) });
  const finding = page.findings[0]!;
  const second = { ...finding.nodes[0]!, target: ['img.second'], snippet: '<img class="second">' };
  return { ...page, findings: [{ ...finding, nodes: [finding.nodes[0]!, second] }] };
}

async function show(language: string, onShow?: ShowPlace) {
  const i18n = createI18n(language, await loadResources(language, ['common', 'audit', ...REPORT_NAMESPACES]));
  return render(
    <I18nProvider i18n={i18n}>
      <PageAuditView page={twoImages()} onShow={onShow} />
    </I18nProvider>,
  );
}

describe('PageAuditView', () => {
  it('shows one collapsed item per rule with its level and places, in the report’s words, and no claim of compliance', async () => {
    const view = await show('ko');
    const item = view.getByText('이미지에 대체 텍스트가 없음').closest('li')!;
    expect(item.textContent).toContain('2곳');
    expect(item.querySelector('details')!.open).toBe(false);
    // The persona word is the report's (one vocabulary), not a second one of the panel's.
    expect(item.textContent).toContain('화면 낭독기 사용자');
    expect(view.getAllByText('KWCAG 1.1.1 (5.1.1)').length).toBeGreaterThan(0);
    expect(view.getByText(/인증이 아닙니다/)).toBeTruthy();
    expect(view.getByText('문제 1건 · 확인 필요 0건 (프레임 1개 검사)')).toBeTruthy();
  });

  it('steps through a rule’s places with ‘보기’, and says why when nothing could be shown', async () => {
    const replies: HighlightReply[] = [
      { shown: true, reason: 'shown' },
      { shown: true, reason: 'shown' },
      { shown: false, reason: 'no-tab' },
      { shown: true, reason: 'shown' },
    ];
    const onShow = vi.fn<ShowPlace>(async () => replies.shift()!);
    const view = await show('ko', onShow);
    const button = view.getByRole('button', { name: '보기' });
    fireEvent.click(button);
    await view.findByText('2곳 중 1번째 곳을 페이지에 표시했습니다.');
    fireEvent.click(button);
    await view.findByText('2곳 중 2번째 곳을 페이지에 표시했습니다.');
    expect(onShow.mock.calls.map(([place, position, total]) => [place.node.target[0], position, total])).toEqual([
      ['img', 1, 2],
      ['img.second', 2, 2],
    ]);
    fireEvent.click(button);
    await view.findByText('이 페이지가 열린 탭이 없습니다.');
    fireEvent.click(view.getByRole('button', { name: '이 페이지 열기' }));
    await waitFor(() => expect(onShow).toHaveBeenLastCalledWith(expect.anything(), 1, 2, true));
  });

  it('has no serious accessibility problems of its own, in Korean and in Arabic', async () => {
    for (const language of ['ko', 'ar']) {
      const view = await show(language, async () => ({ shown: true, reason: 'shown' }));
      const results = await axe.run(view.container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))).toEqual([]);
      view.unmount();
    }
  });
});
