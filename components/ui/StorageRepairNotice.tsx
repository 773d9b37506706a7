import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/utils/messaging/send';
import { storageRepairsItem } from '@/utils/storage/items';
import type { StorageRepair } from '@/utils/storage/items';
import { useT } from '@/components/i18n/I18nProvider';

/** Tells the user, once, that some saved settings were damaged and reset, and that nothing else was lost. */
export function StorageRepairNotice() {
  const { t } = useT('settings');
  const [repairs, setRepairs] = useState<StorageRepair[]>([]);
  useEffect(() => {
    void storageRepairsItem.getValue().then(setRepairs);
    return storageRepairsItem.watch(setRepairs);
  }, []);
  if (repairs.length === 0) return null;
  return (
    <section class="storage-repair-notice" role="alert" aria-labelledby="storage-repair-title">
      <h2 id="storage-repair-title">{t('repairs.title')}</h2>
      <p>{t('repairs.body')}</p>
      <button type="button" onClick={() => void send(browser.runtime, 'storage:acknowledgeRepairs', {})}>
        {t('repairs.acknowledge')}
      </button>
    </section>
  );
}
