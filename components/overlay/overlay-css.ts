import launcherCss from './launcher.css?inline';
import panelCss from './panel.css?inline';
import iconsCss from './icons.css?inline';

/** Everything the full overlay draws: the launcher's rules first (all the boot has), then the panel's and the icons'. */
export const OVERLAY_CSS = `${launcherCss}\n${panelCss}\n${iconsCss}`;
