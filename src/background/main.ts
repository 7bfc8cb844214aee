// Background worker entry: listeners are registered synchronously at start, as both Chrome's
// service worker and Firefox's event page require, so a restarted worker still gets its events.
import browser, { type Runtime } from 'webextension-polyfill';
import { handleMessage } from './handle-message.ts';
import { watchTabs } from './tab-lifecycle.ts';

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Popups listen for 'tabStateChanged' themselves; the background does not answer its own broadcast.
  if (typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'tabStateChanged') return undefined;
  return handleMessage(raw, sender);
});

watchTabs();
