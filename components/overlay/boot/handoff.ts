/**
 * How the always-on boot and the full overlay meet in one frame. Both run in the extension's
 * isolated world, which shares globals between our content scripts and hides them from the page.
 * The background checks these marks before injecting (utils/background/overlay-app.ts).
 */
import { APP_MARKER, BOOT_MARKER } from '@/utils/overlay/frame-markers';
import type { TouchPress } from '../launcher-button';

const BOOT = Symbol.for(BOOT_MARKER);
const APP_RUNNING = Symbol.for(APP_MARKER);

/** What the boot hands over when the full overlay starts. */
export interface BootHandoff {
  /** The user pressed the launcher (or the shortcut): open the panel. */
  open: boolean;
  /** Keyboard focus is on the boot's launcher (to be moved onto the full overlay's). */
  focused(): boolean;
  /** A finger's press on the boot's launcher: down (a press if it lifts without scrolling), or lifted (its click is on the way). */
  touch(): TouchPress;
  /** Removes the boot's launcher and listeners. */
  stop(): void;
}

export interface TakenHandoff {
  open: boolean;
  focused: boolean;
  /** A finger is still down on the launcher: the press comes when it lifts (pressOnLift). */
  touching: boolean;
}

type Globals = Record<symbol, unknown>;

export function offerHandoff(handoff: BootHandoff) {
  (globalThis as Globals)[BOOT] = handoff;
}

/** Stops the boot, if one runs in this frame, and returns what it asked for. */
export function takeHandoff(): TakenHandoff | undefined {
  const handoff = (globalThis as Globals)[BOOT] as BootHandoff | undefined;
  delete (globalThis as Globals)[BOOT];
  if (!handoff) return undefined;
  // A tap lifted whose click would land on the boot's launcher, gone from now on: it is a press.
  const touch = handoff.touch();
  const taken = { open: handoff.open || touch === 'lifted', focused: handoff.focused(), touching: touch === 'down' };
  handoff.stop();
  return taken;
}

/**
 * A finger that went down on the boot's launcher lifts on ours: no click comes (down and up were
 * on two buttons), so the lift itself is the press, unless the browser took the touch for a
 * scroll first (it then cancels the pointer).
 */
export function pressOnLift(win: Window, ours: Element, press: () => void) {
  const end = (event: PointerEvent) => {
    win.removeEventListener('pointerup', end, true);
    win.removeEventListener('pointercancel', end, true);
    if (event.type === 'pointerup' && event.composedPath().includes(ours)) press();
  };
  win.addEventListener('pointerup', end, true);
  win.addEventListener('pointercancel', end, true);
}

/** The full overlay's start in this frame (one at a time); undefined when it does not run. */
export function runningApp(): Promise<void> | undefined {
  return (globalThis as Globals)[APP_RUNNING] as Promise<void> | undefined;
}

export function setRunningApp(start: Promise<void> | undefined) {
  if (start) (globalThis as Globals)[APP_RUNNING] = start;
  else delete (globalThis as Globals)[APP_RUNNING];
}
