import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { LANGUAGES, SOURCE_LANGUAGE, languageInfo } from '@/utils/i18n/languages';
import { recordedSource, sourceHash } from '@/utils/i18n/hashes';
import { REVIEWER_MAX, reviewOf } from '@/utils/i18n/reviews';
import { validateBundle } from '@/utils/i18n/bundle';
import type { Problem } from '@/utils/i18n/problem';
import { send, type RuntimeLike } from '@/utils/messaging/send';
import { translationDraftsItem } from '@/utils/storage/items';
import {
  emptyDraft,
  loadStudioData,
  exportedHashes,
  exportedReviews,
  mergedStrings,
  progressOf,
  studioRows,
  type EmptyDraft,
  type StudioData,
  type StudioRow,
} from './studio-data';
import { StringEditor } from './StringEditor';
import { LINT_CONTEXT } from './lint-context';
import { ProblemList } from './ProblemList';
import { Preview } from './Preview';
import { StyleNotes } from './StyleNotes';
import { downloadBundle, localeBundle } from './locale-file';
import './studio.css';

const TARGETS = LANGUAGES.filter((language) => language.code !== SOURCE_LANGUAGE);
const FILTERS = ['all', 'missing', 'draft', 'changed', 'unreviewed'] as const;
type Filter = (typeof FILTERS)[number];
const SAVE_DELAY_MS = 600;

/**
 * "번역 돕기": a volunteer picks a language, sees what is missing or outdated, translates beside
 * the Korean with checks as they type and a live preview, and exports a file to send us.
 * Drafts are saved through the background (the only writer) as they type.
 */
export function StudioApp({ runtime, initialLanguage }: { runtime: RuntimeLike; initialLanguage: string }) {
  const { t } = useT('studio');
  const [language, setLanguage] = useState(TARGETS.some((target) => target.code === initialLanguage) ? initialLanguage : 'en');
  const [data, setData] = useState<StudioData | null>(null);
  const [draft, setDraft] = useState<EmptyDraft>(emptyDraft);
  const [filter, setFilter] = useState<Filter>('all');
  const [area, setArea] = useState('common');
  const [rtl, setRtl] = useState(false);
  const [pseudo, setPseudo] = useState(false);
  const [status, setStatus] = useState('');
  const [importProblems, setImportProblems] = useState<Problem[]>([]);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    let live = true;
    setData(null);
    void Promise.all([loadStudioData(language), translationDraftsItem.getValue()]).then(([loaded, drafts]) => {
      if (!live) return;
      setData(loaded);
      // A draft from an older version lacks the review fields until its migration has run.
      setDraft({ ...emptyDraft(), ...drafts[language] });
    });
    return () => {
      live = false;
    };
  }, [language]);

  const rows = useMemo(() => (data ? studioRows(data, draft) : []), [data, draft]);
  const merged = useMemo(() => (data ? mergedStrings(data, draft) : {}), [data, draft]);
  const progress = progressOf(rows);
  const translated = progress.reduce((sum, entry) => sum + entry.translated, 0);
  const reviewed = progress.reduce((sum, entry) => sum + entry.reviewed, 0);
  const total = progress.reduce((sum, entry) => sum + entry.total, 0);
  const shows: Record<Filter, (row: StudioRow) => boolean> = {
    all: () => true,
    missing: (row) => row.missing,
    draft: (row) => row.inDraft,
    changed: (row) => row.changed,
    unreviewed: (row) => !row.missing && row.reviewedBy === null,
  };
  const visible = rows.filter((row) => row.namespace === area).filter(shows[filter]);

  const saveSoon = (next: EmptyDraft) => {
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      void send(runtime, 'studio:saveDraft', { language, draft: next }).then(
        () => setStatus(t('saved')),
        (error: Error) => setStatus(error.message),
      );
    }, SAVE_DELAY_MS);
  };

  const update = (next: EmptyDraft) => {
    setDraft(next);
    saveSoon(next);
  };

  // An edit records the Korean it was made beside; a review of the old text stops counting by itself.
  const edit = (namespace: string, key: string, unitKey: string, source: string, value: string) =>
    update({
      ...draft,
      strings: { ...draft.strings, [namespace]: { ...draft.strings[namespace], [key]: value } },
      sourceHashes: { ...draft.sourceHashes, [namespace]: { ...draft.sourceHashes[namespace], [unitKey]: sourceHash(source) } },
    });

  const review = (row: StudioRow, reviewedNow: boolean) => {
    const { [row.unitKey]: _previous, ...others } = draft.reviews[row.namespace] ?? {};
    const entries = reviewedNow ? { ...others, [row.unitKey]: reviewOf(draft.reviewer, row.source, row.forms) } : others;
    update({ ...draft, reviews: { ...draft.reviews, [row.namespace]: entries } });
  };

  const exportFile = () => {
    if (!data) return;
    const bundle = localeBundle(language, draft.reviewer, merged, exportedHashes(rows, data, draft), exportedReviews(rows, data, draft));
    setStatus(t('export.done', { file: downloadBundle(bundle) }));
  };

  const importFile = async (file: File) => {
    if (!data) return;
    const result = validateBundle(
      await file.text(),
      data.source,
      TARGETS.map((target) => target.code),
      LINT_CONTEXT,
    );
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    setImportProblems(errors);
    if (!result.bundle) {
      setStatus(t('import.rejected'));
      return;
    }
    const next: EmptyDraft = {
      strings: result.flat,
      // The draft keeps which Korean each string was made from; the translation's hash is recomputed.
      sourceHashes: Object.fromEntries(
        Object.entries(result.bundle.sourceHashes).map(([namespace, records]) => [
          namespace,
          Object.fromEntries(Object.entries(records).map(([key, record]) => [key, recordedSource(record)])),
        ]),
      ),
      reviews: result.bundle.reviews,
      reviewer: result.bundle.reviewer || draft.reviewer,
    };
    const count = Object.values(result.flat).reduce((sum, strings) => sum + Object.keys(strings).length, 0);
    await send(runtime, 'studio:saveDraft', { language: result.bundle.language, draft: next });
    if (result.bundle.language === language) setDraft(next);
    else setLanguage(result.bundle.language);
    setStatus(t('import.done', { count }));
  };

  const info = languageInfo(language);
  return (
    <main class="studio">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <div class="studio-toolbar">
        <label>
          <span>{t('language')}</span>
          <select value={language} onChange={(event) => setLanguage(event.currentTarget.value)}>
            {TARGETS.map((target) => (
              <option key={target.code} value={target.code} lang={target.code} dir={target.dir}>
                {target.name} · {t(`status.${target.status}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={exportFile} disabled={!data}>
          {t('export.button')}
        </button>
        <label class="file">
          <span>{t('import.label')}</span>
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void importFile(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <p class="propose">{t('propose')}</p>
      <div role="status" aria-live="polite" class="studio-status">
        <p>{status}</p>
        <ProblemList problems={importProblems} withLocation />
      </div>

      {data && (
        <>
          <section aria-labelledby="progress-heading" class="progress">
            <h2 id="progress-heading">
              {info?.name} · {t(`status.${info?.status ?? 'draft'}`)} · {t('progress.summary', { translated, total })} ·{' '}
              {t('progress.reviewed', { reviewed, total })}
            </h2>
            <ul>
              {progress.map((entry) => (
                <li key={entry.namespace}>
                  <meter min={0} max={entry.total} value={entry.translated} aria-hidden="true" />{' '}
                  {t('progress.namespace', { name: entry.namespace, translated: entry.translated, total: entry.total })} ·{' '}
                  {t('progress.reviewed', { reviewed: entry.reviewed, total: entry.total })}
                </li>
              ))}
            </ul>
          </section>

          <div class="reviewer">
            <label>
              <span>{t('reviewer.label')}</span>
              <input
                type="text"
                maxLength={REVIEWER_MAX}
                autoComplete="nickname"
                value={draft.reviewer}
                aria-describedby="reviewer-hint"
                onInput={(event) => update({ ...draft, reviewer: event.currentTarget.value })}
              />
            </label>
            <p id="reviewer-hint">{t('reviewer.hint')}</p>
          </div>

          <StyleNotes language={language} name={info?.name ?? language} />

          <div class="studio-columns">
            <section aria-labelledby="strings-heading" class="strings">
              <h2 id="strings-heading" class="visually-hidden">
                {t('translation')}
              </h2>
              <label class="area">
                <span>{t('area')}</span>
                <select value={area} onChange={(event) => setArea(event.currentTarget.value)}>
                  {progress.map((entry) => (
                    <option key={entry.namespace} value={entry.namespace}>
                      {t('progress.namespace', { name: entry.namespace, translated: entry.translated, total: entry.total })}
                    </option>
                  ))}
                </select>
              </label>
              <fieldset class="filters">
                <legend>{t('filter.label')}</legend>
                {FILTERS.map((option) => (
                  <label key={option}>
                    <input type="radio" name="filter" checked={filter === option} onChange={() => setFilter(option)} />
                    {t(`filter.${option}`)}
                  </label>
                ))}
              </fieldset>
              {visible.length === 0 && <p>{t('noStrings')}</p>}
              <ul class="string-list">
                {visible.map((row) => (
                  <StringEditor
                    key={`${row.namespace}:${row.key}`}
                    row={row}
                    language={language}
                    glossary={merged[LINT_CONTEXT.termbase.file.namespace]}
                    canReview={draft.reviewer.trim() !== ''}
                    onInput={(value) => edit(row.namespace, row.key, row.unitKey, row.source, value)}
                    onReview={(reviewedNow) => review(row, reviewedNow)}
                  />
                ))}
              </ul>
            </section>

            <section aria-labelledby="preview-heading" class="preview">
              <h2 id="preview-heading">{t('preview.title')}</h2>
              <label>
                <input type="checkbox" checked={rtl} onChange={(event) => setRtl(event.currentTarget.checked)} />
                {t('preview.rtl')}
              </label>
              <label>
                <input type="checkbox" checked={pseudo} onChange={(event) => setPseudo(event.currentTarget.checked)} />
                {t('preview.pseudo')}
              </label>
              <Preview language={language} strings={merged} english={data.english} source={data.source} rtl={rtl} pseudo={pseudo} />
            </section>
          </div>
        </>
      )}
    </main>
  );
}
