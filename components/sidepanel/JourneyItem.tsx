import { useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import { openReportPage } from '@/components/report/open-report';
import type { ResponseOf } from '@/utils/messaging/protocol';
import type { Journey } from '@/utils/audit/types';
import { stepNames } from '@/utils/report/step-names';
import { formatTime } from '@/utils/report/time';
import { labels } from '@/utils/report/translate';
import { useReportT } from '@/components/report/use-report-t';
import { FilePicker } from './FilePicker';
import { DeleteButton } from './DeleteButton';

type PageSummary = ResponseOf<'audits:list'>['pages'][number];

/** Something a journey can be compared with: another journey or a one-page audit. */
export interface Target {
  kind: 'journey' | 'page';
  id: string;
  name: string;
  time: string;
}

/**
 * One saved journey: its steps by name (heading or title, else the address's last part — never a
 * masked address), ‘여정 보고서 열기’, ‘다른 여정과 비교…’ (pick a stored journey or audit, or a file),
 * ‘이름 바꾸기’ and ‘삭제’ with a question first.
 */
export function JourneyItem({
  journey,
  pages,
  targets,
  time,
  onOpen,
  onImport,
  onRename,
  onDelete,
}: {
  journey: Journey;
  pages: PageSummary[];
  targets: Target[];
  time: (iso: string) => string;
  onOpen: (pageId: string) => void;
  onImport: (file: File) => Promise<{ target: Target } | { reason: string }>;
  onRename: (name: string) => Promise<void>;
  onDelete: () => Promise<void>;
}) {
  const { t } = useT('audit');
  const { t: reportT } = useReportT();
  const [mode, setMode] = useState<'none' | 'rename' | 'compare' | 'delete'>('none');
  const byId = new Map(pages.map((page) => [page.id, page]));
  const steps = journey.pages.map((id) => byId.get(id)).filter((page): page is PageSummary => page !== undefined);
  const names = stepNames(steps.map((page) => ({ url: page.url, title: page.title })));
  const recording = journey.status === 'recording';
  const headingId = `journey-${journey.id}`;
  const compare = (target: Target) =>
    openReportPage(
      `journey=${encodeURIComponent(journey.id)}&compare=${encodeURIComponent(target.id)}${target.kind === 'page' ? '&compareKind=page' : ''}`,
    );
  return (
    <li class="stored-journey" aria-labelledby={headingId}>
      <h3 id={headingId}>{journey.name}</h3>
      <p class="audit-meta">
        {time(journey.startedAt)}
        {recording && ` · ${t('recordingNow')}`}
      </p>
      <ol class="steps">
        {steps.map((page, index) => (
          <li key={page.id}>
            <button type="button" class="link" onClick={() => onOpen(page.id)}>
              {t('stepName', { step: index + 1, name: names[index] })}
            </button>{' '}
            <span class="audit-meta">
              {t('counts', { failed: page.failed, review: page.needsReview })}
              {page.status !== 'complete' && ` · ${labels.pageStatus(reportT, page.status)}`}
            </span>
          </li>
        ))}
      </ol>
      {steps.length < journey.pages.length && (
        <p class="audit-warning">{t('stepsMissing', { count: journey.pages.length - steps.length })}</p>
      )}
      <div class="item-actions">
        <button type="button" onClick={() => void openReportPage(`journey=${encodeURIComponent(journey.id)}`)}>
          {t('openJourneyReport')}
        </button>
        {!recording && (
          <>
            <button type="button" aria-expanded={mode === 'compare'} onClick={() => setMode(mode === 'compare' ? 'none' : 'compare')}>
              {t('compareWith')}
            </button>
            <button type="button" aria-expanded={mode === 'rename'} onClick={() => setMode(mode === 'rename' ? 'none' : 'rename')}>
              {t('rename')}
            </button>
            <DeleteButton
              confirming={mode === 'delete'}
              setConfirming={(value) => setMode(value ? 'delete' : 'none')}
              question={t('deleteJourneyConfirm', { name: journey.name, count: journey.pages.length })}
              onDelete={onDelete}
            />
          </>
        )}
      </div>
      {mode === 'rename' && (
        <RenameForm name={journey.name} onSave={(name) => onRename(name).then(() => setMode('none'))} onCancel={() => setMode('none')} />
      )}
      {mode === 'compare' && <ComparePicker targets={targets} onCompare={(target) => void compare(target)} onImport={onImport} />}
    </li>
  );
}

function RenameForm({ name, onSave, onCancel }: { name: string; onSave: (name: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useT('audit');
  const [value, setValue] = useState(name);
  return (
    <form
      class="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) void onSave(value.trim());
      }}
    >
      <label>
        {t('newName')}
        <input
          type="text"
          value={value}
          maxLength={200}
          required
          ref={(input) => input?.focus()}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
      </label>
      <button type="submit">{t('save')}</button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}

/** The earlier side of a comparison: a stored journey or audit from a list, or a file. */
function ComparePicker({
  targets,
  onCompare,
  onImport,
}: {
  targets: Target[];
  onCompare: (target: Target) => void;
  onImport: (file: File) => Promise<{ target: Target } | { reason: string }>;
}) {
  const { t, language } = useT('audit');
  const [chosen, setChosen] = useState(targets[0]?.id ?? '');
  const target = targets.find((item) => item.id === chosen);
  return (
    <div class="inline-form compare-picker">
      {targets.length > 0 ? (
        <>
          <label>
            {t('compareLabel')}
            <select value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
              {targets.map((item) => (
                <option key={item.id} value={item.id}>
                  {t(item.kind === 'journey' ? 'targetJourney' : 'targetPage', {
                    name: item.name,
                    time: formatTime(item.time, language),
                  })}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!target} onClick={() => target && onCompare(target)}>
            {t('compareOpen')}
          </button>
        </>
      ) : (
        <p>{t('compareNone')}</p>
      )}
      <FilePicker
        label={t('compareFile')}
        accept="application/json,.json"
        onFile={async (file) => {
          const result = await onImport(file);
          if ('reason' in result) return result.reason;
          onCompare(result.target);
          return null;
        }}
      />
    </div>
  );
}
