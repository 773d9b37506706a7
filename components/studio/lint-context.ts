import orthography from '@/locales/orthography.json';
import type { LintContext } from '@/utils/i18n/lint';
import type { OrthographyFile } from '@/utils/i18n/orthography';

/** The data the studio's checks read, the same files npm run i18n:check reads. */
export const LINT_CONTEXT: LintContext = { orthography: orthography as OrthographyFile };
