import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import axe from 'axe-core';
import { createI18n } from '@/utils/i18n/create';
import { loadResources } from '@/utils/i18n/load';
import { I18nProvider } from '@/components/i18n/I18nProvider';
import { samplePageAudit } from '@/tests/kits/sample-audit';
import { kwcagMatrix } from '@/utils/audit/kwcag-matrix';
import { PageAuditView } from './PageAuditView';

async function show(language: string) {
  const i18n = createI18n(language, await loadResources(language, ['common', 'audit', 'report', 'rules']));
  const page = samplePageAudit({ kwcag: kwcagMatrix([{ ruleId: 'image-alt', outcome: 'failed', kwcag: ['1.1.1'] }]) });
  return render(
    <I18nProvider i18n={i18n}>
      <PageAuditView page={page} />
    </I18nProvider>,
  );
}

describe('PageAuditView', () => {
  it('shows ranked findings with who is hurt, both KWCAG numberings, and no claim of compliance', async () => {
    const view = await show('ko');
    // Dotbogi's own plain title for axe's image-alt, not axe's text.
    expect(view.getByText('이미지에 대체 텍스트가 없음')).toBeTruthy();
    expect(view.getByText('영향받는 사람: 화면낭독기 사용자')).toBeTruthy();
    expect(view.getAllByText('KWCAG 1.1.1 (5.1.1)').length).toBeGreaterThan(0);
    expect(view.getByText(/인증이 아닙니다/)).toBeTruthy();
    expect(view.getByText('고칠 점 1건, 확인할 점 0건 (프레임 1개 검사)')).toBeTruthy();
  });

  it('has no serious accessibility problems of its own, in Korean and in Arabic', async () => {
    for (const language of ['ko', 'ar']) {
      const view = await show(language);
      const results = await axe.run(view.container, { rules: { 'color-contrast': { enabled: false } } });
      expect(results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))).toEqual([]);
      view.unmount();
    }
  });
});
