// Answers every message the background receives. Each is validated first; every request gets a
// Reply, never an exception.
import type { Runtime } from 'webextension-polyfill';
import type { AnnotateResult } from '../core/types.ts';
import { parseMessage, type AnnotateRequest, type PageStatusMessage, type Reply, type TabState } from '../messages.ts';
import { showBadge } from './badge.ts';
import { annotateInChunks } from './chunked-annotate.ts';
import { broadcastTabState } from './broadcast.ts';
import { getIndex } from './index-loader.ts';
import { readTabState, writeTabState } from './tab-state.ts';
import { isCurrent, pageGeneration } from './tab-lifecycle.ts';

const fail = (error: string): Reply<never> => ({ ok: false, error });
const PAGE_CHANGED = 'the page changed during analysis';

/** Records a tab's new state everywhere it shows: storage, badge, open popups. */
async function publish(tabId: number, state: TabState): Promise<void> {
  try {
    await writeTabState(tabId, state);
  } catch (error) {
    // storage.session is full (Chrome allows 10 MB): keep a small state, never a stale 'analyzing'.
    console.warn('Dramatis: tab state not stored', error);
    const message = 'The results for this page are too large to keep. Reload the page to see them again.';
    await writeTabState(tabId, { status: 'error', url: state.url, message }).catch(() => undefined);
  }
  await Promise.all([showBadge(tabId, state), broadcastTabState(tabId, state)]);
}

async function handleAnnotate(tabId: number, request: AnnotateRequest): Promise<Reply<AnnotateResult>> {
  const generation = pageGeneration(tabId);
  const base = { url: request.url, article: request.article };
  await publish(tabId, { ...base, status: 'analyzing' });
  let result: AnnotateResult;
  let annotateMs: number;
  try {
    const index = await getIndex();
    const started = performance.now();
    // Huge pages are annotated in chunks: the popup sees progress, and the worker keeps answering.
    result = await annotateInChunks(request.text, index, async (done, total) => {
      if (!isCurrent(tabId, generation)) throw new Error(PAGE_CHANGED);
      await publish(tabId, { ...base, status: 'analyzing', message: `Finding people and places… ${Math.round((100 * done) / total)}%` });
    });
    annotateMs = Math.round(performance.now() - started);
  } catch (error) {
    if (!isCurrent(tabId, generation)) return fail(PAGE_CHANGED);
    const message = error instanceof Error ? error.message : String(error);
    console.error('Dramatis: annotation failed', error);
    if (isCurrent(tabId, generation)) await publish(tabId, { ...base, status: 'error', message });
    return fail(message);
  }
  // The tab moved on while we worked: its new page will send its own request.
  if (!isCurrent(tabId, generation)) return fail(PAGE_CHANGED);
  await publish(tabId, { ...base, status: 'done', result, annotateMs });
  return { ok: true, value: result };
}

async function handlePageStatus(tabId: number, status: PageStatusMessage): Promise<Reply<null>> {
  const state: TabState = { status: status.status, url: status.url };
  if (status.article) state.article = status.article;
  if (status.message !== undefined) state.message = status.message;
  await publish(tabId, state);
  return { ok: true, value: null };
}

export async function handleMessage(raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
  const parsed = parseMessage(raw);
  if (!parsed.ok) return fail(parsed.error);
  const message = parsed.message;
  const senderTabId = sender.tab?.id;
  switch (message.type) {
    case 'annotate':
      if (senderTabId === undefined) return fail('annotate must come from a content script in a tab');
      return handleAnnotate(senderTabId, message);
    case 'pageStatus':
      if (senderTabId === undefined) return fail('pageStatus must come from a content script in a tab');
      return handlePageStatus(senderTabId, message);
    case 'getTabState':
      return { ok: true, value: await readTabState(message.tabId) };
    default:
      return fail(`${message.type} is not a message for the background`);
  }
}
