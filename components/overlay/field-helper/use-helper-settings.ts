import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_HELPER_SETTINGS, helperSettingsItem, type HelperSettings } from '@/utils/storage/items';

/** The helper switches (field helper, hard words), live: a change in any tab applies everywhere. */
export function useHelperSettings(): HelperSettings {
  const [settings, setSettings] = useState<HelperSettings>(DEFAULT_HELPER_SETTINGS);
  useEffect(() => {
    // A change seen by the watcher is newer than the first read, whichever arrives last.
    let current = true;
    let changed = false;
    void helperSettingsItem.getValue().then((value) => current && !changed && setSettings(value));
    const unwatch = helperSettingsItem.watch((value) => {
      changed = true;
      setSettings(value ?? DEFAULT_HELPER_SETTINGS);
    });
    return () => {
      current = false;
      unwatch();
    };
  }, []);
  return settings;
}
