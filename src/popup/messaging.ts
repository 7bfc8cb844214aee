// The popup's side of the message contract: ask the background for a tab's state, and tell the
// tab's content script what to highlight. Every call resolves to a Reply; none throws.
import browser from 'webextension-polyfill';
import type {
  AnalyzeAnywayRequest,
  ClearHighlightsRequest,
  GetParagraphsReply,
  GetParagraphsRequest,
  GetTabStateRequest,
  HighlightAllReply,
  HighlightAllRequest,
  Reply,
  ShowMentionReply,
  ShowMentionRequest,
  TabState,
} from '../messages.ts';

import { t } from './i18n.ts';

/** Shown when the page has no content script to talk to (opened before install, or a browser page). */
const pageUnreachable = (): string => t('pageUnreachable');

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

async function sendToTab<T>(tabId: number, request: ShowMentionRequest | ClearHighlightsRequest | AnalyzeAnywayRequest | HighlightAllRequest | GetParagraphsRequest): Promise<Reply<T>> {
  try {
    return asReply<T>(await browser.tabs.sendMessage(tabId, request), pageUnreachable());
  } catch {
    return { ok: false, error: pageUnreachable() };
  }
}

export const showMention = (tabId: number, entityId: string, mentionIndex: number): Promise<Reply<ShowMentionReply>> =>
  sendToTab<ShowMentionReply>(tabId, { type: 'showMention', entityId, mentionIndex });

export const clearHighlights = (tabId: number): Promise<Reply<unknown>> => sendToTab(tabId, { type: 'clearHighlights' });

export const analyzeAnyway = (tabId: number): Promise<Reply<unknown>> => sendToTab(tabId, { type: 'analyzeAnyway' });

export const highlightAll = (tabId: number, people: boolean, places: boolean): Promise<Reply<HighlightAllReply>> =>
  sendToTab<HighlightAllReply>(tabId, { type: 'highlightAll', people, places });

export const getParagraphs = (tabId: number): Promise<Reply<GetParagraphsReply>> => sendToTab<GetParagraphsReply>(tabId, { type: 'getParagraphs' });
