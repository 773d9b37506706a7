/**
 * The panel's sections, in the order the panel shows them. To add one, create its file in this
 * folder exporting an `OverlaySection` and add it here: nothing else needs to change.
 * What a lost person needs comes first: 도와 드릴 일 and 도움이 필요해요 (both `prominent`).
 */
import type { OverlaySection } from './section';
import { pageSection } from './PageSection';
import { easyReadSection } from './EasyReadSection';
import { textSection } from './TextSection';
import { readAloudSection } from './ReadAloudSection';
import { officialSection } from './OfficialSection';
import { helpSection } from './HelpSection';
import { settingsSection } from './SettingsSection';
import { glossarySection } from './GlossarySection';
import { fieldHelperSection } from './FieldHelperSection';
import { guidesSection } from '@/components/guides/GuidesSection';

export const SECTIONS: OverlaySection[] = [
  guidesSection,
  helpSection,
  pageSection,
  easyReadSection,
  textSection,
  readAloudSection,
  glossarySection,
  fieldHelperSection,
  officialSection,
  settingsSection,
];

export type { OverlaySection };
