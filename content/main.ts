// Content script entry (bundled by scripts/build.ts). On document_idle: analyse the page; then
// answer the popup (showMention, clearHighlights, analyzeAnyway) and re-analyse when a
// single-page app navigates or an article renders late. Never throws into the page.

import browser from 'webextension-polyfill';
import { parseMessage, type Message, type Reply, type ShowMentionReply } from '../src/messages.ts';
import { analysePage, type PageAnalysis } from './analysis.ts';
import * as highlight from './highlight.ts';
import * as lateContent from './late-content.ts';
import { locateMention } from './mentions.ts';
import * as navigation from './navigation.ts';
import { toDomRange } from './offset-map.ts';
import { initReader } from './reader.ts';
import { loadSettings, watchSettings } from '../src/options/settings-store.ts';
import { isHostDisabled, type Settings } from '../src/options/settings.ts';

const INSTANCE_FLAG = '__dramatisContentScript';
/** A late DOM change triggers a re-analysis only if the page's text grew or shrank by this share... */
const LATE_TEXT_CHANGE_SHARE = 0.05;
/** ... or by this many characters. */
const LATE_TEXT_CHANGE_CHARS = 500;
/** Pages with more text than this get a "long page" note in the popup while they are read. */
const LONG_PAGE_CHARS = 200_000;

const pageTextLength = (): number => document.body?.textContent?.length ?? 0;

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message).catch((error: unknown) => ({ ok: false, error: errorText(error) }));
}

function readingNote(textLength: number): string {
  if (textLength < LONG_PAGE_CHARS) return 'Reading the page…';
  return `Reading a long page (${(textLength / 1_000_000).toFixed(1)} million characters)…`;
}

function init(signal: AbortSignal, settings: Settings): void {
  let analysis: PageAnalysis | null = null;
  let run: AbortController | null = null;
  let forced = false;
  /** The page's text length when the last analysis started, to ignore changes that add no text. */
  let analysedTextLength = -1;
  /** The URL the last analysis started on: after a single-page-app navigation, `navigation` re-runs. */
  let analysedUrl = '';

  /** Starts a fresh analysis, cancelling one under way. Resolves when it is done (or superseded). */
  const analyse = async (force: boolean): Promise<void> => {
    run?.abort();
    const controller = new AbortController();
    run = controller;
    signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    const url = location.href;
    analysedTextLength = pageTextLength();
    analysedUrl = url;
    try {
      const previous = analysis;
      // Nothing is shown for this page yet: tell the popup we are on it (a long page takes seconds).
      if (!previous) await send({ type: 'pageStatus', url, status: 'analyzing', message: readingNote(analysedTextLength) });
      const fresh = await analysePage(document, url, {
        force,
        signal: controller.signal,
        // A late re-run that finds the very same text need not bother the background again.
        send: async (message) =>
          message.type === 'annotate' && previous?.result && previous.url === url && previous.article.text === message.text
            ? { ok: true, value: previous.result }
            : send(message),
      });
      if (run !== controller) return;
      if (fresh.article.text !== previous?.article.text) {
        highlight.clearHighlights();
        reader.cleared(); // the card and hover targets belonged to the old text
      }
      analysis = fresh;
    } catch (error) {
      if (controller.signal.aborted) return;
      await send({ type: 'pageStatus', url, status: 'error', message: `Dramatis could not read this page: ${errorText(error)}` });
    }
  };

  const showMention = (entityId: string, mentionIndex: number): Reply<ShowMentionReply> => {
    if (!analysis?.result) return { ok: false, error: 'this page has not been analysed yet' };
    const found = locateMention(analysis.result, analysis.article.segments, entityId, mentionIndex);
    if (!found.ok) {
      if (found.stale) void analyse(forced);
      return { ok: false, error: found.error };
    }
    const current = toDomRange(document, found.current);
    const all = found.all.map((spec) => toDomRange(document, spec));
    if (!highlight.showHighlights(current, all)) return { ok: false, error: 'this browser cannot highlight text (CSS Custom Highlight API missing)' };
    highlight.scrollToRange(current);
    reader.mentionShown(entityId, current, all);
    return { ok: true, value: { text: current.toString(), mentionIndex, mentionCount: found.mentionCount } };
  };

  // Context card, highlight-all and paragraph numbers (popup reader features).
  const reader = initReader(signal, () => analysis);
  reader.applySettings(settings);
  watchSettings(signal, reader.applySettings);

  const onMessage = (raw: unknown): Promise<Reply<unknown>> | undefined => {
    try {
      const parsed = parseMessage(raw);
      if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.error });
      const message = parsed.message;
      switch (message.type) {
        case 'showMention':
          return Promise.resolve(showMention(message.entityId, message.mentionIndex));
        case 'clearHighlights':
          highlight.clearHighlights();
          reader.cleared();
          return Promise.resolve({ ok: true, value: null });
        case 'analyzeAnyway':
          forced = true;
          return analyse(true).then(() => ({ ok: true, value: null }));
        default: {
          const answer = reader.handle(message);
          return answer && Promise.resolve(answer); // undefined: not for us
        }
      }
    } catch (error) {
      return Promise.resolve({ ok: false, error: errorText(error) });
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

  highlight.init(signal);
  /** Re-analyses after late DOM changes that changed the text noticeably; returns whether it did. */
  const onSettled = (): boolean => {
    // The DOM changed because the app navigated: the navigation watch re-analyses the new view.
    if (navigation.pageKey(location.href) !== navigation.pageKey(analysedUrl)) return false;
    const change = Math.abs(pageTextLength() - analysedTextLength);
    if (change < LATE_TEXT_CHANGE_CHARS && change < LATE_TEXT_CHANGE_SHARE * analysedTextLength) return false;
    void analyse(forced);
    return true;
  };
  const late = lateContent.init(signal, { target: document.documentElement, onSettled });
  navigation.init(signal, {
    getUrl: () => location.href,
    win: window,
    onNavigate: () => {
      forced = false;
      analysis = null;
      highlight.clearHighlights();
      reader.cleared();
      late.reset();
      void analyse(false);
    },
  });
  void analyse(false);
}

function start(): void {
  const flags = globalThis as Record<string, unknown>;
  if (flags[INSTANCE_FLAG]) return; // injected twice (e.g. on install): one instance is enough
  flags[INSTANCE_FLAG] = true;
  const lifetime = new AbortController();
  // The extension was reloaded or removed: this orphaned script must let go of the page.
  const onUnload = (): void => lifetime.abort();
  window.addEventListener('pagehide', (event) => event.persisted || onUnload(), { signal: lifetime.signal });
  // Sites the user turned Dramatis off for (options page): do nothing at all there.
  void loadSettings().then((settings) => {
    if (isHostDisabled(settings, location.hostname)) return;
    try {
      init(lifetime.signal, settings);
    } catch (error) {
      console.error('Dramatis content script failed to start', error);
    }
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
