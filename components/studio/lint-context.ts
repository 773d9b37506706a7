import orthography from '@/locales/orthography.json';
import termbaseFile from '@/locales/termbase.json';
import { GLOSSARY_TERMS } from '@/utils/glossary/find-terms';
import type { LintContext } from '@/utils/i18n/lint';
import type { OrthographyFile } from '@/utils/i18n/orthography';
import type { Termbase } from '@/utils/i18n/termbase';

/** The data the studio's checks read, the same files npm run i18n:check reads. */
export const LINT_CONTEXT: LintContext & { termbase: Termbase } = {
  orthography: orthography as OrthographyFile,
  termbase: { file: termbaseFile, terms: GLOSSARY_TERMS },
};
