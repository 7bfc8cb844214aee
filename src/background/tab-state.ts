// Per-tab state in storage.session: it outlives a killed worker but not the browser session,
// and never touches disk in a way that survives a restart.
import browser from 'webextension-polyfill';
import type { TabState } from '../messages.ts';
import { popupStateKey } from '../popup/ui-state.ts';

const keyFor = (tabId: number): string => `tab:${tabId}`;

export const IDLE_STATE: TabState = { status: 'idle', url: '' };

export async function readTabState(tabId: number): Promise<TabState> {
  const key = keyFor(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabState | undefined) ?? IDLE_STATE;
}

export async function writeTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [keyFor(tabId)]: state });
}

/** Forgets the tab's state and what the popup remembered for it (filter, selection, toggles). */
export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove([keyFor(tabId), popupStateKey(tabId)]);
}
