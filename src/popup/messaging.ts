// The popup's side of the message contract: ask the background for a tab's state, and tell the
// tab's content script what to highlight. Every call resolves to a Reply; none throws.
import browser from 'webextension-polyfill';
import type {
  AnalyzeAnywayRequest,
  ClearHighlightsRequest,
  GetTabStateRequest,
  Reply,
  ShowMentionReply,
  ShowMentionRequest,
  TabState,
} from '../messages.ts';

/** Shown when the page has no content script to talk to (opened before install, or a browser page). */
export const PAGE_UNREACHABLE = 'Cannot reach this page. Reload it and try again.';

function asReply<T>(raw: unknown, fallbackError: string): Reply<T> {
  if (typeof raw === 'object' && raw !== null && typeof (raw as { ok?: unknown }).ok === 'boolean') return raw as Reply<T>;
  return { ok: false, error: fallbackError };
}

export async function getTabState(tabId: number): Promise<Reply<TabState>> {
  const request: GetTabStateRequest = { type: 'getTabState', tabId };
  try {
    return asReply<TabState>(await browser.runtime.sendMessage(request), 'no answer from the background');
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function sendToTab<T>(tabId: number, request: ShowMentionRequest | ClearHighlightsRequest | AnalyzeAnywayRequest): Promise<Reply<T>> {
  try {
    return asReply<T>(await browser.tabs.sendMessage(tabId, request), PAGE_UNREACHABLE);
  } catch {
    return { ok: false, error: PAGE_UNREACHABLE };
  }
}

export const showMention = (tabId: number, entityId: string, mentionIndex: number): Promise<Reply<ShowMentionReply>> =>
  sendToTab<ShowMentionReply>(tabId, { type: 'showMention', entityId, mentionIndex });

export const clearHighlights = (tabId: number): Promise<Reply<unknown>> => sendToTab(tabId, { type: 'clearHighlights' });

export const analyzeAnyway = (tabId: number): Promise<Reply<unknown>> => sendToTab(tabId, { type: 'analyzeAnyway' });
