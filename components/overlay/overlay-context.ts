import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RuntimeLike } from '@/utils/messaging/send';
import type { Settings, SiteSettings } from '@/utils/storage/items';
import type { OfficialCheck } from '@/utils/sites/official-check';

/** What every panel section may use; given by OverlayApp, faked in component tests. */
export interface OverlayServices {
  /** For `send(runtime, …)`: the background does every write. */
  runtime: RuntimeLike;
  win: Window;
  settings: Settings;
  site: SiteSettings;
  /** The address check, computed once at mount (address only, no page reading beyond one query). */
  official: OfficialCheck;
  /** Changes when a single-page app changes its URL: sections that read the page re-read it. */
  pageKey: number;
  /** Moves the panel to the other side of the screen if it would cover `element` (shown on the layer). */
  makeRoomFor?(element: Element): void;
  /** Says something in the panel's polite live region. */
  announce(message: string): void;
  /** Changes this site's settings (optimistically, then through the background). */
  updateSite(patch: Partial<Pick<SiteSettings, 'contrast' | 'textSpacing' | 'zoomPercent'>>): Promise<void>;
  /** Changes global settings (optimistically, then through the background). */
  updateSettings(patch: Partial<Pick<Settings, 'speechRate' | 'launcherCorner' | 'language' | 'readingTextPx'>>): Promise<void>;
}

export const OverlayContext = createContext<OverlayServices | null>(null);

export function useOverlay(): OverlayServices {
  const services = useContext(OverlayContext);
  if (!services) throw new Error('useOverlay() needs an <OverlayContext.Provider> above it.');
  return services;
}
