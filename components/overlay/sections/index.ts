/**
 * The panel's sections, in the order the panel shows them. To add one, create its file in this
 * folder exporting an `OverlaySection` and add it here: nothing else needs to change.
 * (Planned: "도와 드릴 일" guided tasks, "이 페이지의 어려운 말" hard words.)
 */
import type { OverlaySection } from './section';
import { pageSection } from './PageSection';
import { textSection } from './TextSection';
import { readAloudSection } from './ReadAloudSection';
import { officialSection } from './OfficialSection';
import { helpSection } from './HelpSection';
import { settingsSection } from './SettingsSection';
import { glossarySection } from './GlossarySection';
import { fieldHelperSection } from './FieldHelperSection';
import { guidesSection } from '@/components/guides/GuidesSection';

export const SECTIONS: OverlaySection[] = [
  pageSection,
  guidesSection,
  textSection,
  readAloudSection,
  glossarySection,
  fieldHelperSection,
  officialSection,
  helpSection,
  settingsSection,
];

export type { OverlaySection };
