import type { FunctionComponent } from 'preact';
import type { IconName } from '@/components/overlay/icons';

/**
 * One panel section. The panel shows each as a large disclosure button ("title") that opens the
 * section's component, so the panel stays short and a section's work (e.g. reading the page)
 * happens only when someone opens it.
 */
export interface OverlaySection {
  /** Stable id, used for element ids and tests. */
  id: string;
  /** Key of the section title in the overlay namespace. */
  titleKey: string;
  Component: FunctionComponent;
  /**
   * What a lost person needs first (도와 드릴 일, 도움이 필요해요): the panel lists these at the top,
   * as big entries with this icon, so they are on its first screen in every language and zoom.
   */
  prominent?: IconName;
}
