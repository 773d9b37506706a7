import { useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';

/** Why a chosen file cannot be used, in the designer's words (shown with its name), or null to take it. */
export type FileCheck = (file: File) => Promise<string | null>;

/**
 * A file chooser in the UI language: a real button (the browser's own input says "Choose File" in
 * the browser's language, beside a label it breaks mid-word), the chosen file's name, and why a
 * wrong kind of file was refused.
 */
export function FilePicker({ label, accept, onFile }: { label: string; accept: string; onFile: FileCheck }) {
  const { t } = useT('audit');
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState('');
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setChosen(file.name);
    setProblem('');
    const reason = await onFile(file);
    if (reason) setProblem(t('fileRefused', { name: file.name, reason }));
    // The same file can be chosen again after fixing it.
    if (input.current) input.current.value = '';
  };
  return (
    <div class="file-picker">
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => void choose(event.currentTarget.files?.[0])}
      />
      <p role="status" aria-live="polite" class="file-picker-status">
        {chosen && !problem && t('fileChosen', { name: chosen })}
        {problem && <span class="error">{problem}</span>}
      </p>
    </div>
  );
}

/** The reasons a file is refused before it is sent anywhere: not JSON by its name, or not readable as JSON. */
export async function readJsonFile(file: File, t: (key: string) => string): Promise<{ value: unknown } | { reason: string }> {
  if (!/\.json$/i.test(file.name) && file.type !== 'application/json') return { reason: t('fileNotJson') };
  try {
    return { value: JSON.parse(await file.text()) as unknown };
  } catch {
    return { reason: t('fileNotJson') };
  }
}
