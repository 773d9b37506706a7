import type { FunctionComponent } from 'preact';

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
}
