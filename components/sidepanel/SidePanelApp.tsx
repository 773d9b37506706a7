import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/utils/messaging/send';
import type { StoredPageAudit } from '@/utils/audit/types';
import { failureText } from './failure-text';
import { useT } from '@/components/i18n/I18nProvider';
import { PageAuditView } from './PageAuditView';
import { JourneyPanel } from './JourneyPanel';
import { StoredAudits } from './StoredAudits';
import { activeTabId } from './active-tab';
import './sidepanel.css';

type State = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; page: StoredPageAudit } | { kind: 'failed'; message: string };

export interface SidePanelProps {
  /** Slot for the report engineer's summary of the page being shown (e.g. a service-design summary). */
  renderSummary?: (page: StoredPageAudit) => ComponentChildren;
}

/** The designer's view: audit the page in the current tab, record a journey, browse stored audits. */
export function SidePanelApp({ renderSummary }: SidePanelProps = {}) {
  const { t, language, dir } = useT('audit');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((value) => value + 1);

  const audit = async () => {
    setState({ kind: 'running' });
    try {
      const page = await send(browser.runtime, 'audit:run', { tabId: await activeTabId(t('noTab')) });
      setState({ kind: 'done', page });
      changed();
    } catch (error) {
      setState({ kind: 'failed', message: failureText(t, error) });
    }
  };
  const open = async (id: string) => {
    try {
      setState({ kind: 'done', page: await send(browser.runtime, 'audits:get', { id }) });
    } catch (error) {
      setState({ kind: 'failed', message: failureText(t, error) });
    }
  };

  return (
    <main class="sidepanel" lang={language} dir={dir}>
      <h1>{t('title')}</h1>
      <button type="button" onClick={() => void audit()} disabled={state.kind === 'running'}>
        {t('run')}
      </button>
      <div role="status" aria-live="polite">
        {state.kind === 'running' && <p>{t('running')}</p>}
        {state.kind === 'failed' && <p class="error">{state.message}</p>}
      </div>
      {state.kind === 'done' && (
        <>
          {renderSummary?.(state.page)}
          <PageAuditView page={state.page} />
        </>
      )}
      <JourneyPanel onChange={changed} />
      <StoredAudits version={version} onOpen={(id) => void open(id)} />
    </main>
  );
}
