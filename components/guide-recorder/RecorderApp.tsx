import { useEffect, useState } from 'preact/hooks';
import { useT } from '@/components/i18n/I18nProvider';
import type { WebExtension } from '@/utils/web-extension';
import { send } from '@/utils/messaging/send';
import { isGovHost } from '@/utils/sites/gov-hosts';
import { ACTIONS, type GuideAction } from '@/utils/guides/schema';
import { THRESHOLD, MARGIN } from '@/utils/guides/matcher';
import { exportDraft, pathGlob, type Draft, type DraftStep } from './draft';

interface TabChoice {
  id: number;
  url: string;
  title: string;
}

/**
 * 안내 만들기: for designers and volunteers. Capture each step's element in a government-site
 * tab (the overlay there waits for one click), write the step text, check how surely the
 * element is found, and download the guide file.
 */
export function RecorderApp({ browser }: { browser: WebExtension }) {
  const { t } = useT('guides');
  const [tabs, setTabs] = useState<TabChoice[]>([]);
  const [tabId, setTabId] = useState<number | null>(null);
  const [draft, setDraft] = useState<Draft>({ id: 'new-guide', host: '', title: '', steps: [] });
  const [status, setStatus] = useState('');
  const [confidence, setConfidence] = useState<Record<number, string>>({});

  useEffect(() => {
    void browser.tabs.query({}).then((all) => {
      const gov = all.filter((tab) => tab.id !== undefined && tab.url && isGovHost(new URL(tab.url).hostname));
      setTabs(gov.map((tab) => ({ id: tab.id!, url: tab.url!, title: tab.title ?? tab.url! })));
      if (gov[0]) setTabId(gov[0].id!);
    });
  }, [browser]);

  const tab = tabs.find((candidate) => candidate.id === tabId);
  const updateStep = (index: number, patch: Partial<DraftStep>) =>
    setDraft((current) => ({ ...current, steps: current.steps.map((step, i) => (i === index ? { ...step, ...patch } : step)) }));

  const capture = async (index: number) => {
    if (!tab) return;
    setStatus(t('recorder.capturing'));
    const fingerprint = await send(browser.runtime, 'guide:capture', { tabId: tab.id }).catch((error: Error) => {
      setStatus(error.message);
      return null;
    });
    if (!fingerprint) return;
    const [current] = await browser.tabs.query({ active: true, windowId: (await browser.tabs.get(tab.id)).windowId });
    const url = current?.id === tab.id && current.url ? current.url : tab.url;
    updateStep(index, { fingerprint, path: pathGlob(url), label: fingerprint.label ?? fingerprint.name ?? '' });
    setDraft((currentDraft) => ({ ...currentDraft, host: currentDraft.host || new URL(url).hostname }));
    setStatus(t('recorder.captured'));
  };

  const test = async (index: number) => {
    const fingerprint = draft.steps[index]?.fingerprint;
    if (!tab || !fingerprint) return;
    try {
      const result = await send(browser.runtime, 'guide:test', { tabId: tab.id, fingerprint });
      const clear = result.found && result.score >= THRESHOLD && result.margin >= MARGIN;
      const text = t('recorder.confidence', {
        score: Math.round(result.score * 100),
        margin: Math.round(result.margin * 100),
        verdict: clear ? t('recorder.verdictOk') : t('recorder.verdictWeak'),
      });
      setConfidence((current) => ({ ...current, [index]: text }));
      setStatus(text);
    } catch (error) {
      setStatus((error as Error).message);
    }
  };

  const download = () => {
    const { parsed, strings } = exportDraft(draft);
    if (!parsed.ok) {
      const problem = parsed.problems[0]!;
      setStatus(t('recorder.invalid', { path: problem.path, reason: problem.reason }));
      return;
    }
    save(`${draft.id}.json`, parsed.guide);
    save(`${draft.id}.ko.guides.json`, strings);
  };

  return (
    <main class="recorder">
      <h1>{t('recorder.title')}</h1>
      <p>{t('recorder.intro')}</p>
      <label>
        <span>{t('recorder.tab')}</span>
        {tabs.length === 0 ? (
          <span>{t('recorder.noTabs')}</span>
        ) : (
          <select value={String(tabId ?? '')} onChange={(event) => setTabId(Number(event.currentTarget.value))}>
            {tabs.map((choice) => (
              <option key={choice.id} value={String(choice.id)}>
                {choice.title}
              </option>
            ))}
          </select>
        )}
      </label>
      <label>
        <span>{t('recorder.guideId')}</span>
        <input value={draft.id} pattern="[a-z0-9-]+" onInput={(event) => setDraft({ ...draft, id: event.currentTarget.value })} />
      </label>
      <label>
        <span>{t('recorder.guideTitle')}</span>
        <input value={draft.title} onInput={(event) => setDraft({ ...draft, title: event.currentTarget.value })} />
      </label>
      <ol>
        {draft.steps.map((step, index) => (
          <li key={index}>
            <fieldset>
              <legend>{`${index + 1} / ${draft.steps.length}`}</legend>
              <label>
                <span>{t('recorder.action')}</span>
                <select value={step.action} onChange={(event) => updateStep(index, { action: event.currentTarget.value as GuideAction })}>
                  {ACTIONS.map((action) => (
                    <option key={action} value={action}>
                      {t(`actions.${action}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" onClick={() => void capture(index)} disabled={!tab}>
                {t('recorder.capture')}
              </button>
              {step.fingerprint && <pre>{JSON.stringify(step.fingerprint, null, 1)}</pre>}
              <label>
                <span>{t('recorder.path')}</span>
                <input value={step.path} onInput={(event) => updateStep(index, { path: event.currentTarget.value })} />
              </label>
              <label>
                <span>{t('recorder.label')}</span>
                <input value={step.label} onInput={(event) => updateStep(index, { label: event.currentTarget.value })} />
              </label>
              <label>
                <span>{t('recorder.text')}</span>
                <input value={step.text} maxLength={60} onInput={(event) => updateStep(index, { text: event.currentTarget.value })} />
              </label>
              <button type="button" onClick={() => void test(index)} disabled={!tab || !step.fingerprint}>
                {t('recorder.test')}
              </button>
              {confidence[index] && <p>{confidence[index]}</p>}
              <button type="button" onClick={() => setDraft({ ...draft, steps: draft.steps.filter((_, i) => i !== index) })}>
                {t('recorder.remove')}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          setDraft({ ...draft, steps: [...draft.steps, { action: 'click', fingerprint: null, path: '', label: '', text: '' }] })
        }
      >
        {t('recorder.addStep')}
      </button>{' '}
      <button type="button" onClick={download}>
        {t('recorder.export')}
      </button>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

/** Saves JSON as a download (a local blob: nothing leaves the device). */
function save(name: string, data: unknown) {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
