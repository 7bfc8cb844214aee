// Tells open popups that a tab's state changed. Nobody listening is the normal case.
import browser from 'webextension-polyfill';
import type { TabState, TabStateChangedMessage } from '../messages.ts';

export async function broadcastTabState(tabId: number, state: TabState): Promise<void> {
  const message: TabStateChangedMessage = { type: 'tabStateChanged', tabId, state };
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // "Receiving end does not exist": no popup open.
  }
}
