/**
 * The one big button. Its accessible name always contains 돋보기: in other languages the Korean
 * name follows the translated label (tagged lang="ko"), so a Korean helper can say "press 돋보기"
 * and voice control finds it. It warns with a badge when the address check found a problem.
 *
 * Plain DOM, no framework: the always-on boot (./boot) draws it on every government page load,
 * where Preact's first render alone would cost more than the rest of the boot. The full overlay
 * shows this same button through ./Launcher.tsx.
 */
export interface LauncherState {
  label: string;
  language: string;
  /** The warning badge's text, when the address check warns. */
  badge?: string;
  expanded: boolean;
  /** The full overlay is being loaded after a press. */
  busy?: boolean;
  onPress: () => void;
  /** A mouse button or Enter/Space went down on it (before the click). */
  onPressStart?: () => void;
  /** The pointer came onto it or it got focus. */
  onIntent?: () => void;
}

/**
 * Where a finger's press on the launcher stands: 'down' (it may yet turn into a scroll of the
 * page), 'lifted' (a tap whose click has not come yet), or null.
 */
export type TouchPress = 'down' | 'lifted' | null;

export interface LauncherButton {
  readonly element: HTMLButtonElement;
  update(state: LauncherState): void;
  touch(): TouchPress;
}

/** A click follows a tap's lift within this time; a lift older than that was no tap. */
const TAP_CLICK_MS = 500;

const SVG = 'http://www.w3.org/2000/svg';

export function createLauncherButton(doc: Document, initial: LauncherState): LauncherButton {
  let state = initial;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-controls', 'dotbogi-panel');
  button.append(magnifier(doc));
  const label = button.appendChild(doc.createElement('span'));
  const brand = doc.createElement('span');
  brand.lang = 'ko';
  brand.className = 'brand';
  brand.textContent = '돋보기';
  const badge = doc.createElement('span');
  badge.className = 'badge';

  // A finger on it may be starting a scroll of the page (the browser then cancels the pointer):
  // only a mouse press counts from the moment it goes down; a touch is a hint until it lifts.
  let touch: TouchPress = null;
  let liftedAt = 0;
  button.addEventListener('click', () => {
    touch = null;
    state.onPress();
  });
  button.addEventListener('pointerdown', (event) => {
    touch = event.pointerType === 'mouse' ? null : 'down';
    if (touch) state.onIntent?.();
    else state.onPressStart?.();
  });
  button.addEventListener('pointerup', () => {
    if (touch !== 'down') return;
    touch = 'lifted';
    liftedAt = Date.now();
  });
  button.addEventListener('pointercancel', () => (touch = null));
  const touchPress = (): TouchPress => (touch === 'lifted' && Date.now() - liftedAt > TAP_CLICK_MS ? null : touch);
  button.addEventListener('keydown', (event) => (event.key === 'Enter' || event.key === ' ') && state.onPressStart?.());
  button.addEventListener('pointerenter', () => state.onIntent?.());
  button.addEventListener('focus', () => state.onIntent?.());

  const update = (next: LauncherState) => {
    state = next;
    button.setAttribute('aria-expanded', String(next.expanded));
    if (next.busy) button.setAttribute('aria-busy', 'true');
    else button.removeAttribute('aria-busy');
    label.textContent = next.label;
    badge.textContent = next.badge ?? '';
    // In this order after the label: the Korean name, then the badge.
    brand.remove();
    badge.remove();
    if (next.language !== 'ko') button.append(brand);
    if (next.badge) button.append(badge);
  };
  update(initial);
  return { element: button, update, touch: touchPress };
}

function magnifier(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '32');
  svg.setAttribute('height', '32');
  const circle = svg.appendChild(doc.createElementNS(SVG, 'circle'));
  for (const [name, value] of [
    ['cx', '10'],
    ['cy', '10'],
    ['r', '6.5'],
    ['fill', 'none'],
    ['stroke', 'currentColor'],
    ['stroke-width', '2.5'],
  ])
    circle.setAttribute(name!, value!);
  const handle = svg.appendChild(doc.createElementNS(SVG, 'path'));
  for (const [name, value] of [
    ['d', 'M15 15l6 6'],
    ['stroke', 'currentColor'],
    ['stroke-width', '3'],
    ['stroke-linecap', 'round'],
  ])
    handle.setAttribute(name!, value!);
  return svg;
}
