import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/utils/messaging/send';
import type { AuditRunResult } from '@/utils/audit/types';
import { useT } from '@/components/i18n/I18nProvider';

type State = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; result: AuditRunResult } | { kind: 'failed'; message: string };

/** The designer's view: audit the page in the current tab. */
export function SidePanelApp() {
  const { t } = useT('audit');
  const [state, setState] = useState<State>({ kind: 'idle' });

  const audit = async () => {
    setState({ kind: 'running' });
    try {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error(t('noTab'));
      setState({ kind: 'done', result: await send(browser.runtime, 'audit:run', { tabId: tab.id }) });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const violations = state.kind === 'done' ? state.result.frames.flatMap((frame) => frame.axe?.violations ?? []) : [];

  return (
    <main class="sidepanel">
      <h1>{t('title')}</h1>
      <button type="button" onClick={() => void audit()} disabled={state.kind === 'running'}>
        {t('run')}
      </button>
      <div role="status" aria-live="polite">
        {state.kind === 'running' && <p>{t('running')}</p>}
        {state.kind === 'failed' && <p class="error">{t('failed', { message: state.message })}</p>}
        {state.kind === 'done' && <p>{t('summary', { count: violations.length, frames: state.result.frames.length })}</p>}
      </div>
      {violations.length > 0 && (
        <ul class="findings">
          {violations.map((violation) => (
            <li key={violation.id}>
              <strong>{violation.help}</strong> ({violation.impact ?? 'minor'}) — {t('nodes', { count: violation.nodes.length })}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
