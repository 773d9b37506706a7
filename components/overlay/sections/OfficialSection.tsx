import { useT } from '@/components/i18n/I18nProvider';
import { useOverlay } from '@/components/overlay/overlay-context';
import type { OverlaySection } from './section';

/** 진짜 정부 사이트인가요?: the address check, said plainly, with what to do. */
function OfficialSection() {
  const { t } = useT('overlay');
  const { official } = useOverlay();

  if (official.verdict === 'official') {
    return (
      <div class="section-body">
        <p class="verdict verdict-ok">
          <span aria-hidden="true">✔ </span>
          {t('official.isOfficial')}
        </p>
        <p>
          {official.serviceName
            ? t('official.serviceAt', { name: official.serviceName, host: official.host })
            : t('official.hostIs', { host: official.host })}
        </p>
        {official.insecure && <p class="muted">{t('official.insecureOfficial')}</p>}
        <p class="muted">{t('official.addressOnly')}</p>
      </div>
    );
  }

  const warning = official.verdict === 'warning';
  return (
    <div class="section-body">
      <p class={warning ? 'verdict verdict-warning' : 'verdict verdict-unknown'}>
        <span aria-hidden="true">{warning ? '⚠ ' : 'ℹ '}</span>
        {warning ? t('official.warning') : t('official.notGovernment')}
      </p>
      <p>{t('official.hostIs', { host: official.host })}</p>
      {official.reasons.length > 0 && (
        <ul class="reasons">
          {official.reasons.map((reason) => (
            <li key={reason}>
              {reason === 'looks-like-official' && official.resembles
                ? t('official.reason.looksLike', { official: official.resembles })
                : t(`official.reason.${reason}`)}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('official.whatToDo')}</h4>
      <ul class="reasons">
        {warning && <li>{t('official.adviceNoPassword')}</li>}
        <li>{t('official.adviceType')}</li>
        <li>{t('official.adviceCall')}</li>
      </ul>
      <p class="muted">{t('official.addressOnly')}</p>
    </div>
  );
}

export const officialSection: OverlaySection = { id: 'official', titleKey: 'official.title', Component: OfficialSection };
