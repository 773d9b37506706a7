import { useT } from '@/components/i18n/I18nProvider';

export function Panel({ onClose }: { onClose: () => void }) {
  const { t } = useT('overlay');
  const common = useT('common').t;
  return (
    <section id="dotbogi-panel" class="panel" role="dialog" aria-modal="false" aria-labelledby="dotbogi-panel-title">
      <header class="panel-header">
        <h2 id="dotbogi-panel-title">{t('panel.title')}</h2>
        <button type="button" class="close" onClick={onClose}>
          {common('close')}
        </button>
      </header>
      <p class="notice">{common('personalHelpNotice')}</p>
      <p aria-live="polite">{t('panel.pageTitle', { title: document.title || window.location.host })}</p>
    </section>
  );
}
