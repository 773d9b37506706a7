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
import { Tabs } from './Tabs';
import { activeTabId } from './active-tab';
import type { ShowPlace } from './RuleItem';
import './sidepanel.css';

type State = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; page: StoredPageAudit } | { kind: 'failed'; message: string };

export interface SidePanelProps {
  /** Slot for the report engineer's summary of the page being shown (e.g. a service-design summary). */
  renderSummary?: (page: StoredPageAudit) => ComponentChildren;
}

/** The pointer's label on the page: the place's position among the rule's places. */
const MAX_LABEL = 200;

/**
 * The designer's workspace beside the page: audit it and record a journey at the top, then two
 * tabs — this page's result (one item per rule, ‘보기’ points on the page) and the saved journeys
 * and audits (reports, comparisons, names, safe delete, import) — so neither needs scrolling past the other.
 */
export function SidePanelApp({ renderSummary }: SidePanelProps = {}) {
  const { t, language, dir } = useT('audit');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [version, setVersion] = useState(0);
  const [tab, setTab] = useState('result');
  const changed = () => setVersion((value) => value + 1);

  const audit = async () => {
    setState({ kind: 'running' });
    setTab('result');
    try {
      const page = await send(browser.runtime, 'audit:run', { tabId: await activeTabId(t('noTab')) });
      setState({ kind: 'done', page });
      changed();
    } catch (error) {
      setState({ kind: 'failed', message: failureText(t, error, language) });
    }
  };
  const open = async (id: string) => {
    try {
      setState({ kind: 'done', page: await send(browser.runtime, 'audits:get', { id }) });
      setTab('result');
    } catch (error) {
      setState({ kind: 'failed', message: failureText(t, error, language) });
    }
  };
  const showPlace: ShowPlace = async (place, position, total, openPage) => {
    const label = `${position}/${total}`.slice(0, MAX_LABEL);
    if (openPage) return send(browser.runtime, 'report:open', { url: place.url, target: place.node.target, label });
    const tabId = await activeTabId(t('noTab')).catch(() => undefined);
    return send(browser.runtime, 'report:highlight', {
      url: place.url,
      target: place.node.target,
      label,
      ...(tabId !== undefined && { tabId }),
    });
  };

  return (
    <main class="sidepanel" lang={language} dir={dir}>
      <header class="panel-head">
        <h1>{t('title')}</h1>
        <button type="button" onClick={() => void audit()} disabled={state.kind === 'running'}>
          {t('run')}
        </button>
        <div role="status" aria-live="polite">
          {state.kind === 'running' && <p>{t('running')}</p>}
          {state.kind === 'failed' && <p class="error">{state.message}</p>}
        </div>
        <JourneyPanel
          onChange={changed}
          onStopped={() => {
            changed();
            setTab('stored');
          }}
        />
      </header>
      <Tabs
        label={t('tabsLabel')}
        dir={dir}
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            id: 'result',
            label: t('tabResult'),
            content:
              state.kind === 'done' ? (
                <>
                  {renderSummary?.(state.page)}
                  <PageAuditView page={state.page} onShow={showPlace} />
                </>
              ) : (
                <p>{t('resultEmpty')}</p>
              ),
          },
          { id: 'stored', label: t('storedHeading'), content: <StoredAudits version={version} onOpen={(id) => void open(id)} /> },
        ]}
      />
    </main>
  );
}
