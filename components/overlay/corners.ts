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
