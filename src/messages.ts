// Every message exchanged between the content script, the background worker and the popup,
// defined once. Each receiver validates what it gets with `parseMessage` before acting on it:
// a malformed message gets a clear error reply, never a crash.

import type { AnnotateResult } from './core/types.ts';

/** What the content script learnt about the page before any annotation. */
export interface ArticleInfo {
  isArticle: boolean;
  /** Why we think it is (or is not) an article: 'json-ld', 'og:type', 'article-element', 'readerable', 'forced', 'none'. */
  reason: string;
  title: string;
  /** BCP-47 language of the page as declared or detected, '' when unknown. */
  lang: string;
  textLength: number;
}

/** Where a tab stands, as the background worker keeps it (in storage.session, so it survives restarts). */
export type TabStatus =
  | 'idle' // nothing known yet (content script not run, or page not http)
  | 'analyzing'
  | 'done'
  | 'not-article'
  | 'unsupported-language'
  | 'error';

export interface TabState {
  status: TabStatus;
  url: string;
  article?: ArticleInfo;
  result?: AnnotateResult;
  /** Human-readable error or explanation for 'error' / 'unsupported-language'. */
  message?: string;
  /** Milliseconds the core took to annotate, for the timing report. */
  annotateMs?: number;
}

// ---- content → background ----
export interface AnnotateRequest {
  type: 'annotate';
  url: string;
  text: string;
  article: ArticleInfo;
}
export interface PageStatusMessage {
  type: 'pageStatus';
  url: string;
  status: Extract<TabStatus, 'not-article' | 'unsupported-language' | 'error' | 'analyzing'>;
  article?: ArticleInfo;
  message?: string;
}

// ---- popup → background ----
export interface GetTabStateRequest {
  type: 'getTabState';
  tabId: number;
}

// ---- popup → content (via tabs.sendMessage) ----
export interface ShowMentionRequest {
  type: 'showMention';
  entityId: string;
  /** Index into that entity's mentions. */
  mentionIndex: number;
}
export interface ClearHighlightsRequest {
  type: 'clearHighlights';
}
export interface AnalyzeAnywayRequest {
  type: 'analyzeAnyway';
}
/** Paint every mention of every person and/or place at once, coloured by type (both false: none). */
export interface HighlightAllRequest {
  type: 'highlightAll';
  people: boolean;
  places: boolean;
}
/** Where the analysed text's paragraphs start, for "first mentioned in paragraph N". */
export interface GetParagraphsRequest {
  type: 'getParagraphs';
}

// ---- background → popup (broadcast when a tab's state changes) ----
export interface TabStateChangedMessage {
  type: 'tabStateChanged';
  tabId: number;
  state: TabState;
}

export type Message =
  | AnnotateRequest
  | PageStatusMessage
  | GetTabStateRequest
  | ShowMentionRequest
  | ClearHighlightsRequest
  | AnalyzeAnywayRequest
  | HighlightAllRequest
  | GetParagraphsRequest
  | TabStateChangedMessage;

/** Replies. Every request is answered with one of these. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface ShowMentionReply {
  /** The mention's text as found in the live page, to check the highlight. */
  text: string;
  mentionIndex: number;
  mentionCount: number;
}

export interface HighlightAllReply {
  /** Number of mention ranges painted. */
  count: number;
}
export interface GetParagraphsReply {
  /** Offsets in the analysed text at which each paragraph starts (the first is 0). */
  starts: number[];
}

export type ParseResult = { ok: true; message: Message } | { ok: false; error: string };

const TAB_STATUSES: readonly string[] = ['idle', 'analyzing', 'done', 'not-article', 'unsupported-language', 'error'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isArticleInfo(value: unknown): value is ArticleInfo {
  return (
    isObject(value) &&
    typeof value.isArticle === 'boolean' &&
    typeof value.reason === 'string' &&
    typeof value.title === 'string' &&
    typeof value.lang === 'string' &&
    typeof value.textLength === 'number'
  );
}

function isNonNegativeInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Largest text the background accepts in one message (characters). Bigger pages are cut by the content script. */
export const MAX_TEXT_LENGTH = 8_000_000;

/** Checks an incoming message's shape. Never throws. */
export function parseMessage(raw: unknown): ParseResult {
  if (!isObject(raw)) return { ok: false, error: 'message is not an object' };
  const bad = (why: string): ParseResult => ({ ok: false, error: `malformed ${String(raw.type)} message: ${why}` });
  switch (raw.type) {
    case 'annotate':
      if (typeof raw.url !== 'string') return bad('url must be a string');
      if (typeof raw.text !== 'string') return bad('text must be a string');
      if (raw.text.length > MAX_TEXT_LENGTH) return bad(`text longer than ${MAX_TEXT_LENGTH} characters`);
      if (!isArticleInfo(raw.article)) return bad('article info missing or invalid');
      return { ok: true, message: raw as unknown as AnnotateRequest };
    case 'pageStatus':
      if (typeof raw.url !== 'string') return bad('url must be a string');
      if (typeof raw.status !== 'string' || !['not-article', 'unsupported-language', 'error', 'analyzing'].includes(raw.status))
        return bad('unknown status');
      if (raw.article !== undefined && !isArticleInfo(raw.article)) return bad('article info invalid');
      if (raw.message !== undefined && typeof raw.message !== 'string') return bad('message must be a string');
      return { ok: true, message: raw as unknown as PageStatusMessage };
    case 'getTabState':
      if (!isNonNegativeInt(raw.tabId)) return bad('tabId must be a non-negative integer');
      return { ok: true, message: raw as unknown as GetTabStateRequest };
    case 'showMention':
      if (typeof raw.entityId !== 'string' || raw.entityId === '') return bad('entityId must be a non-empty string');
      if (!isNonNegativeInt(raw.mentionIndex)) return bad('mentionIndex must be a non-negative integer');
      return { ok: true, message: raw as unknown as ShowMentionRequest };
    case 'clearHighlights':
      return { ok: true, message: { type: 'clearHighlights' } };
    case 'analyzeAnyway':
      return { ok: true, message: { type: 'analyzeAnyway' } };
    case 'highlightAll':
      if (typeof raw.people !== 'boolean' || typeof raw.places !== 'boolean') return bad('people and places must be booleans');
      return { ok: true, message: { type: 'highlightAll', people: raw.people, places: raw.places } };
    case 'getParagraphs':
      return { ok: true, message: { type: 'getParagraphs' } };
    case 'tabStateChanged':
      if (!isNonNegativeInt(raw.tabId)) return bad('tabId must be a non-negative integer');
      if (!isObject(raw.state) || !TAB_STATUSES.includes(String(raw.state.status))) return bad('state invalid');
      return { ok: true, message: raw as unknown as TabStateChangedMessage };
    default:
      return { ok: false, error: `unknown message type: ${JSON.stringify(raw.type)?.slice(0, 40) ?? 'undefined'}` };
  }
}
