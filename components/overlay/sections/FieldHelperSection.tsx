import { useT } from '@/components/i18n/I18nProvider';
import { useOverlay } from '@/components/overlay/overlay-context';
import { send } from '@/utils/messaging/send';
import { useHelperSettings } from '@/components/overlay/field-helper/use-helper-settings';
import glossaryCss from '@/components/overlay/Glossary.css?inline';
import type { OverlaySection } from './section';

/** 입력 칸 도움말: the switch for the callout beside a focused form field. */
function FieldHelperSection() {
  const { t } = useT('overlay');
  const { runtime, announce } = useOverlay();
  const { fieldHelper } = useHelperSettings();
  const toggle = async (on: boolean) => {
    await send(runtime, 'helpers:update', { fieldHelper: on });
    announce(on ? t('fieldHelper.turnedOn') : t('fieldHelper.turnedOff'));
  };
  return (
    <div class="section-body">
      <style>{glossaryCss}</style>
      <p>{t('fieldHelper.sectionIntro')}</p>
      <label class="glossary-toggle">
        <input type="checkbox" checked={fieldHelper} onChange={(event) => void toggle(event.currentTarget.checked)} />
        <span>{t('fieldHelper.toggle')}</span>
      </label>
    </div>
  );
}

export const fieldHelperSection: OverlaySection = {
  id: 'field-helper',
  titleKey: 'fieldHelper.sectionTitle',
  Component: FieldHelperSection,
};
