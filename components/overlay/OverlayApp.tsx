import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { send, type RuntimeLike } from '@/utils/messaging/send';
import { defaultSiteSettings, settingsItem, sitesItem, type LauncherCorner, type Settings, type SiteSettings } from '@/utils/storage/items';
import type { OfficialCheck } from '@/utils/sites/official-check';
import { setContrast, setTextSpacing } from '@/utils/overlay/page-styles';
import { useHighlightLayer, type LauncherPlacement } from './layer';
import { OverlayContext, type OverlayServices } from './overlay-context';
import { Launcher } from './Launcher';
import { Panel } from './Panel';
import { ALWAYS_ON } from './always-on';
import { SafeBoundary } from './SafeBoundary';
import { dodgedCorner, nextCorner, overlaps, type Edges } from './corners';
import { deepActiveElement } from './deep-active-element';
import { NARROW_SCREEN, readScreen, screenSize, toScreenRect, watchScreen } from './screen';
import { isDescribableField } from '@/utils/field-helper/describable';

/** Lets the content script reach the app: keyboard command, route changes. */
export interface OverlayControls {
  toggle: () => void;
  /** The page changed its URL without loading (single-page app): re-read it when asked. */
  locationChanged: () => void;
}

export interface OverlayAppProps {
  runtime: RuntimeLike;
  win: Window;
  initialSettings: Settings;
  initialSite: SiteSettings;
  official: OfficialCheck;
  controls: OverlayControls;
  /** Open the panel at once: the user pressed the boot's launcher, which loaded us. */
  startOpen?: boolean;
  /** Keyboard focus was on the boot's launcher: keep it on ours. */
  focusLauncher?: boolean;
}

export function OverlayApp({
  runtime,
  win,
  initialSettings,
  initialSite,
  official,
  controls,
  startOpen = false,
  focusLauncher = false,
}: OverlayAppProps) {
  const { t, language, dir } = useT('overlay');
  const common = useT('common').t;
  const layer = useHighlightLayer();
  const [open, setOpen] = useState(startOpen);
  const [settings, setSettings] = useState(initialSettings);
  const [site, setSite] = useState(initialSite);
  const [status, setStatus] = useState('');
  const [dodging, setDodging] = useState(false);
  const [pageKey, setPageKey] = useState(0);
  // The panel stands on the launcher's side unless it would cover what we are showing.
  const [panelOpposite, setPanelOpposite] = useState(false);
  // On a narrow screen the panel is a bottom sheet over most of it: folded to its header while
  // the person looks at the page (see Panel's `lowered`).
  const [lowered, setLowered] = useState<'top' | 'bottom' | null>(null);
  const launcher = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const origin = initialSite.origin;
  const doc = win.document;

  controls.toggle = () => setOpen((value) => !value);
  controls.locationChanged = () => {
    layer.clearHighlight();
    setPageKey((key) => key + 1);
  };

  // Storage is the truth (written by the background); follow changes made in other tabs too.
  useEffect(() => {
    const unwatchSettings = settingsItem.watch((value) => value && setSettings(value));
    const unwatchSites = sitesItem.watch((sites) => setSite(sites?.[origin] ?? defaultSiteSettings(origin)));
    return () => {
      unwatchSettings();
      unwatchSites();
    };
  }, [origin]);

  // The user's stylesheets for this site: added when asked for, removed when turned off.
  useEffect(() => setContrast(doc, site.contrast), [doc, site.contrast]);
  useEffect(() => setTextSpacing(doc, site.textSpacing), [doc, site.textSpacing]);

  // Never sit on the page's own controls: when keyboard focus lands under the launcher, step aside
  // to the other edge until focus moves elsewhere.
  const dodgingNow = useRef(false);
  dodgingNow.current = dodging;
  useEffect(() => {
    const check = (target: Element | undefined) => {
      const button = launcher.current;
      if (!button || !target?.getBoundingClientRect || button.getRootNode() === target.getRootNode()) return;
      // In screen px (./screen.ts): what the person sees, at any zoom-out or pinch.
      const screen = readScreen(win);
      const shown = edges(toScreenRect(button.getBoundingClientRect(), screen));
      // Compare with the launcher's home corner, wherever it stands now.
      const home = dodgingNow.current ? mirrorVertically(shown, screenSize(screen).height) : shown;
      setDodging(overlaps(edges(toScreenRect(target.getBoundingClientRect(), screen)), home));
    };
    const onFocus = (event: FocusEvent) => check(event.composedPath()[0] as Element | undefined);
    // Loaded by a focus under the boot's launcher (./boot): step aside for that one at once.
    check(deepActiveElement(doc) ?? undefined);
    doc.addEventListener('focusin', onFocus, { capture: true, passive: true });
    return () => doc.removeEventListener('focusin', onFocus, { capture: true });
  }, [doc, win]);

  // Taking over from the boot must not drop keyboard focus on the page (the open panel takes it itself).
  useEffect(() => {
    if (focusLauncher && !startOpen) launcher.current?.focus();
  }, []);

  const close = () => {
    setOpen(false);
    setLowered(null);
    layer.clearHighlight();
    // Once the launcher shows again (a bottom sheet hides it): see the effect below.
    returnFocus.current = true;
  };
  // Right as the panel leaves the DOM (a layout effect), so focus is never left on the page's body between the two.
  useLayoutEffect(() => {
    if (open || !returnFocus.current) return;
    returnFocus.current = false;
    launcher.current?.focus();
  }, [open]);

  const narrow = () => screenSize(readScreen(win)).width < NARROW_SCREEN;
  // The sheet never covers the field the person types in (the on-screen keyboard shrinks the
  // visible area, so the field sits just above it): it folds to the other edge.
  useEffect(() => {
    if (!open) return;
    let field: Element | null = null;
    const fold = () => {
      if (!field?.isConnected || !narrow()) return;
      const screen = readScreen(win);
      const rect = toScreenRect(field.getBoundingClientRect(), screen);
      setLowered(rect.y + rect.height / 2 > screenSize(screen).height / 2 ? 'top' : 'bottom');
    };
    const onFocus = (event: FocusEvent) => {
      const target = event.composedPath()[0];
      if (
        !(target instanceof Element) ||
        !(isDescribableField(target) || (target as HTMLElement).isContentEditable) ||
        target.getRootNode() === launcher.current?.getRootNode()
      )
        return;
      field = target;
      fold();
    };
    const onBlur = (event: FocusEvent) => {
      if (event.composedPath()[0] === field) field = null;
    };
    doc.addEventListener('focusin', onFocus, { capture: true, passive: true });
    doc.addEventListener('focusout', onBlur, { capture: true, passive: true });
    // The keyboard opening (or a pinch) moves the field: fold to the right edge again.
    const unwatch = watchScreen(win, fold);
    return () => {
      doc.removeEventListener('focusin', onFocus, { capture: true });
      doc.removeEventListener('focusout', onBlur, { capture: true });
      unwatch();
    };
  }, [open, doc, win]);

  useEffect(() => {
    if (!open) return;
    // Esc is always safe, but only when focus is in our UI: the page keeps its own keys.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    const root = launcher.current?.getRootNode() as ShadowRoot | undefined;
    root?.addEventListener('keydown', onKey as EventListener);
    return () => root?.removeEventListener('keydown', onKey as EventListener);
  }, [open]);

  const services = useMemo<OverlayServices>(() => {
    const fail = (error: unknown) => setStatus(common('error', { message: error instanceof Error ? error.message : String(error) }));
    return {
      runtime,
      win,
      settings,
      site,
      official,
      pageKey,
      announce: setStatus,
      makeRoomFor: (element) => {
        // A bottom sheet covers most of the screen: fold it down (the layer scrolls the target
        // to the middle of the screen).
        if (narrow()) return setLowered('bottom');
        const shownPanel = launcher.current?.closest('.dotbogi-root')?.querySelector('.panel')?.getBoundingClientRect();
        if (!shownPanel) return;
        const screen = readScreen(win);
        const panel = edges(toScreenRect(shownPanel, screen));
        const target = edges(toScreenRect(element.getBoundingClientRect(), screen));
        const width = screenSize(screen).width;
        const covered = target.left < panel.right && panel.left < target.right;
        // Only flip when the other side is free; a target as wide as the page stays as it is.
        const panelWidth = panel.right - panel.left;
        const otherSideFree = panel.left > width / 2 ? target.left > panelWidth + 48 : target.right < width - panelWidth - 48;
        if (covered && otherSideFree) setPanelOpposite((value) => !value);
      },
      updateSite: async (patch) => {
        setSite((current) => ({ ...current, ...patch }));
        try {
          const { zoomPercent, ...rest } = patch;
          if (zoomPercent !== undefined) await send(runtime, 'zoom:set', { percent: zoomPercent });
          if (Object.keys(rest).length > 0) await send(runtime, 'site:update', { origin, ...rest });
        } catch (error) {
          fail(error);
        }
      },
      updateSettings: async (patch) => {
        setSettings((current) => ({ ...current, ...patch }));
        await send(runtime, 'settings:update', patch).catch(fail);
      },
    };
  }, [runtime, win, settings, site, official, pageKey, origin, common]);

  // While something floats over the page (a guide's card and arrow, a field's help), the layer
  // may send the launcher to another corner so it covers none of it (layer/placement.ts).
  const home: LauncherCorner = dodging ? dodgedCorner(settings.launcherCorner) : settings.launcherCorner;
  const [placed, setPlaced] = useState<LauncherPlacement | null>(null);
  useLayoutEffect(() => {
    if (!launcher.current) return;
    return layer.launcher(launcher.current, home, setPlaced);
  }, [layer, home]);
  const corner: LauncherCorner = placed?.corner ?? home;
  const move = () => {
    const next = nextCorner(settings.launcherCorner);
    setDodging(false);
    void services.updateSettings({ launcherCorner: next });
    setStatus(t(`panel.movedTo.${next}`));
  };

  return (
    <OverlayContext.Provider value={services}>
      <div
        class={`dotbogi-root corner-${corner}${panelOpposite ? ' panel-opposite' : ''}${placed?.compact ? ' launcher-compact' : ''}`}
        lang={language}
        dir={dir}
        data-corner={corner}
      >
        {open && (
          <Panel
            onClose={close}
            onMove={move}
            status={status}
            initiallyOpen={official.verdict === 'warning' ? 'official' : 'page'}
            lowered={lowered ?? undefined}
            onRaise={() => setLowered(null)}
          />
        )}
        <Launcher
          ref={launcher}
          label={t('launcher.label')}
          language={language}
          badge={official.verdict === 'warning' ? t('launcher.warningBadge') : undefined}
          expanded={open}
          onPress={() => (open ? close() : setOpen(true))}
        />
        {ALWAYS_ON.map((Helper, index) => (
          <SafeBoundary key={index}>
            <Helper />
          </SafeBoundary>
        ))}
      </div>
    </OverlayContext.Provider>
  );
}

function edges(box: { x: number; y: number; width: number; height: number }): Edges & { width: number; height: number } {
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height, width: box.width, height: box.height };
}

function mirrorVertically(rect: Edges, viewportHeight: number): Edges {
  return { left: rect.left, right: rect.right, top: viewportHeight - rect.bottom, bottom: viewportHeight - rect.top };
}
