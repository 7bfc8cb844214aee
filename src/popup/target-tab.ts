// Which tab the popup describes: `?tabId=N` when a page opened it for a given tab (tests, or a
// popup opened in a tab), otherwise the active tab of the current window (the toolbar popup).
import browser from 'webextension-polyfill';

export async function resolveTargetTabId(search: string): Promise<number | undefined> {
  const fromUrl = new URLSearchParams(search).get('tabId');
  if (fromUrl !== null && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}
