// The popup: loads the tab's state from the background, follows its changes, and shows the view
// that fits the state.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { parseMessage, type TabState } from '../messages.ts';
import { EntityPanel } from './EntityPanel.tsx';
import { getTabState } from './messaging.ts';
import { StatusView } from './StatusView.tsx';
import { POPUP_READY_MARK } from './timing.ts';

type Load = { kind: 'loading' } | { kind: 'failed'; error: string } | { kind: 'ready'; state: TabState };

function useTabState(tabId: number | undefined): Load {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === undefined) {
      setLoad({ kind: 'failed', error: 'No tab to describe.' });
      return undefined;
    }
    let live = true;
    const onMessage = (raw: unknown): undefined => {
      const parsed = parseMessage(raw);
      if (live && parsed.ok && parsed.message.type === 'tabStateChanged' && parsed.message.tabId === tabId) {
        setLoad({ kind: 'ready', state: parsed.message.state });
      }
      // Never answer: replies belong to the background.
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    void getTabState(tabId).then((reply) => {
      if (!live) return;
      setLoad(reply.ok ? { kind: 'ready', state: reply.value } : { kind: 'failed', error: reply.error });
    });
    return () => {
      live = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId]);
  return load;
}

export function App({ tabId }: { tabId: number | undefined }) {
  const load = useTabState(tabId);
  useEffect(() => {
    document.getElementById('app')?.setAttribute('aria-busy', String(load.kind === 'loading'));
    // For `npm run test:e2e`'s timing report: page start → first content shown.
    if (load.kind !== 'loading' && performance.getEntriesByName(POPUP_READY_MARK).length === 0) performance.mark(POPUP_READY_MARK);
  }, [load.kind]);

  const title = load.kind === 'ready' ? load.state.article?.title : undefined;
  return (
    <>
      <header class="header">
        <h1 class="brand">Dramatis</h1>
        {title ? <p class="article-title">{title}</p> : null}
      </header>
      {load.kind === 'loading' ? <p class="status-text">Loading…</p> : null}
      {load.kind === 'failed' ? (
        <p class="status-text error" role="alert">
          {load.error}
        </p>
      ) : null}
      {load.kind === 'ready' && tabId !== undefined ? (
        load.state.status === 'done' && load.state.result ? (
          <EntityPanel tabId={tabId} result={load.state.result} />
        ) : (
          <StatusView tabId={tabId} state={load.state} />
        )
      ) : null}
    </>
  );
}
