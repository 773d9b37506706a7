import { useEffect, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { useOverlay } from '@/components/overlay/overlay-context';
import { send } from '@/utils/messaging/send';
import { frictionSignalsItem } from '@/utils/storage/items';
import { frictionSummary, type FrictionStore } from '@/utils/guides/friction';

/**
 * The user's opt-in for friction signals (off by default), what has been recorded, and one
 * button to delete it all. Only ids, counts and times are kept, on this device.
 */
export function FrictionSettings() {
  const { t } = useT('guides');
  const { runtime, announce } = useOverlay();
  const [store, setStore] = useState<FrictionStore | null>(null);
  useEffect(() => {
    void frictionSignalsItem.getValue().then(setStore);
    return frictionSignalsItem.watch((value) => value && setStore(value));
  }, []);
  if (!store) return null;

  const update = async (patch: { enabled?: boolean; clear?: boolean }) => {
    setStore(await send(runtime, 'friction:update', patch));
    if (patch.clear) announce(t('friction.deleted'));
  };
  const summary = frictionSummary(store.runs);

  return (
    <div class="friction">
      <h4>{t('friction.title')}</h4>
      <p class="muted">{t('friction.explain')}</p>
      <label>
        <input type="checkbox" checked={store.enabled} onChange={(event) => void update({ enabled: event.currentTarget.checked })} />
        {t('friction.toggle')}
      </label>
      {summary.guides.length === 0 ? (
        <p>{t('friction.empty')}</p>
      ) : (
        <ul>
          {summary.guides.map((guide) => (
            <li key={guide.guideId}>
              {t('friction.row', {
                title: t(`${guide.guideId}.title`),
                runs: guide.runs,
                finished: guide.finished,
                stuck: guide.steps.reduce((total, step) => total + step.stuckRuns, 0),
              })}
            </li>
          ))}
        </ul>
      )}
      {store.runs.length > 0 && (
        <button type="button" onClick={() => void update({ clear: true })}>
          {t('friction.delete')}
        </button>
      )}
    </div>
  );
}
