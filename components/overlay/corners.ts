import type { LauncherCorner } from '@/utils/storage/items';

const ORDER: LauncherCorner[] = ['bottom-right', 'bottom-left', 'top-left', 'top-right'];

/** The "자리 옮기기" button walks the launcher round the four corners. */
export function nextCorner(corner: LauncherCorner): LauncherCorner {
  return ORDER[(ORDER.indexOf(corner) + 1) % ORDER.length]!;
}

/** Where the launcher steps while the page's focused control is under it: the same side, other edge. */
export function dodgedCorner(corner: LauncherCorner): LauncherCorner {
  const [vertical, horizontal] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  return `${vertical === 'top' ? 'bottom' : 'top'}-${horizontal}`;
}

export interface Edges {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A focused control (a box with a size) that the launcher, standing at `launcher`, would cover. */
export function overlaps(control: Edges & { width: number; height: number }, launcher: Edges): boolean {
  return (
    control.width > 0 &&
    control.height > 0 &&
    control.left < launcher.right &&
    launcher.left < control.right &&
    control.top < launcher.bottom &&
    launcher.top < control.bottom
  );
}
