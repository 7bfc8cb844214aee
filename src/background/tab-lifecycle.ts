// Forgets a tab's state when the tab closes or loads a new page, so the popup never shows the
// people of the previous page. A generation counter per tab lets a slow analysis notice that its
// page is gone before it writes a stale result.
import browser from 'webextension-polyfill';
import { showBadge } from './badge.ts';
import { getIndex } from './index-loader.ts';
import { broadcastTabState } from './broadcast.ts';
import { IDLE_STATE, clearTabState } from './tab-state.ts';

/**
 * Start loading the index when a tab starts loading a page, so that loading it (about a second)
 * overlaps the page load and the article extraction instead of delaying the badge afterwards.
 * Costs a load the worker would mostly do anyway: pages that end up not being articles.
 */
const WARM_INDEX_ON_PAGE_LOAD = true;

const generations = new Map<number, number>();

export const pageGeneration = (tabId: number): number => generations.get(tabId) ?? 0;
export const isCurrent = (tabId: number, generation: number): boolean => pageGeneration(tabId) === generation;

async function forget(tabId: number, tabStillOpen: boolean): Promise<void> {
  generations.set(tabId, pageGeneration(tabId) + 1);
  await clearTabState(tabId);
  if (tabStillOpen) await Promise.all([showBadge(tabId, IDLE_STATE), broadcastTabState(tabId, IDLE_STATE)]);
}

export function watchTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    generations.delete(tabId);
    void clearTabState(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // 'loading' starts a new document; the content script of the new page reports again.
    if (changeInfo.status !== 'loading') return;
    void forget(tabId, true);
    // A failure here is reported by the annotate request that needs the index.
    if (WARM_INDEX_ON_PAGE_LOAD) getIndex().catch(() => undefined);
  });
}
