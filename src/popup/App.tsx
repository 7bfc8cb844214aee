// The popup: loads the tab's state from the background (with what the popup remembered for the
// tab and the user's settings), follows its changes, and shows the view that fits the state.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { parseMessage, type TabState } from '../messages.ts';
import { migrateSettings, type Settings } from '../options/settings.ts';
import { loadSettings } from '../options/settings-store.ts';
import { EntityPanel } from './EntityPanel.tsx';
import { t } from './i18n.ts';
import { getTabState } from './messaging.ts';
import { StatusView } from './StatusView.tsx';
import { POPUP_DATA_MARK, POPUP_READY_MARK } from './timing.ts';
import { EMPTY_UI_STATE, parsePopupState, popupStateKey, type PopupUiState } from './ui-state.ts';

type Load =
  | { kind: 'loading' }
  | { kind: 'failed'; error: string }
  | { kind: 'ready'; state: TabState; ui: PopupUiState; settings: Settings };

async function loadUiState(tabId: number): Promise<PopupUiState> {
  try {
    const key = popupStateKey(tabId);
    return parsePopupState((await browser.storage.session.get(key))[key]);
  } catch {
    return { ...EMPTY_UI_STATE };
  }
}

function useTabState(tabId: number | undefined): Load {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === undefined) {
      setLoad({ kind: 'failed', error: t('noTab') });
      return undefined;
    }
    let live = true;
    const onMessage = (raw: unknown): undefined => {
      const parsed = parseMessage(raw);
      if (live && parsed.ok && parsed.message.type === 'tabStateChanged' && parsed.message.tabId === tabId) {
        const state = parsed.message.state;
        setLoad((previous) => ({
          kind: 'ready',
          state,
          // A new page (or a page becoming ready) starts with a fresh popup state.
          ui: previous.kind === 'ready' && previous.state.status === 'done' && state.status === 'done' ? previous.ui : { ...EMPTY_UI_STATE },
          settings: previous.kind === 'ready' ? previous.settings : migrateSettings(undefined),
        }));
      }
      // Never answer: replies belong to the background.
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    void Promise.all([getTabState(tabId), loadUiState(tabId), loadSettings()]).then(([reply, ui, settings]) => {
      if (!live) return;
      performance.mark(POPUP_DATA_MARK);
      setLoad(reply.ok ? { kind: 'ready', state: reply.value, ui, settings } : { kind: 'failed', error: reply.error });
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
        <h1 class="brand">{t('extName')}</h1>
        {title ? <p class="article-title">{title}</p> : null}
      </header>
      {load.kind === 'loading' ? <p class="status-text">{t('loading')}</p> : null}
      {load.kind === 'failed' ? (
        <p class="status-text error" role="alert">
          {load.error}
        </p>
      ) : null}
      {load.kind === 'ready' && tabId !== undefined ? (
        load.state.status === 'done' && load.state.result ? (
          <EntityPanel
            key={load.state.url}
            tabId={tabId}
            result={load.state.result}
            title={load.state.article?.title ?? ''}
            url={load.state.url}
            initial={load.ui}
            settings={load.settings}
          />
        ) : (
          <StatusView tabId={tabId} state={load.state} />
        )
      ) : null}
    </>
  );
}
