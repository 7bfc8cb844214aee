// Privacy, proven in both browsers, after real use (analysis, popup, a click on a person):
//   - nothing of the page's text is written to storage (local, sync or session): no 40-character
//     stretch of any paragraph, no long string at all; the tab state holds names and numbers;
//   - nothing of the tab is kept once it closes (its state, its URL);
//   - no network request leaves the machine (trap proxy), from pages, popup or background.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePageHtml, loadSeedArticle } from './fixtures/article-page.ts';
import { BROWSERS, expectNoNetwork, expectNothingThrownIntoPages, sleep, startHarness, type Harness } from './support/harness.ts';
import { createPopupWindow, findPage } from './support/pages.ts';

const seed = loadSeedArticle();
const plain = (markdown: string): string => markdown.replace(/\*\*|\[|\]\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
/** A stretch of page text this long found in storage is page text, not a name. */
const WINDOW_CHARS = 40;
/** No stored string may be longer than this (the longest legitimate ones are titles and descriptions). */
const MAX_STORED_STRING = 300;

type Dump = Record<'local' | 'sync' | 'session', Record<string, unknown>>;

async function dumpStorage(h: Harness): Promise<Dump> {
  return h.control.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    type Api = { storage: { local: Area; sync: Area; session: Area } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const storage = (g.browser ?? g.chrome)!.storage;
    const [local, sync, session] = await Promise.all([storage.local.get(null), storage.sync.get(null), storage.session.get(null)]);
    return { local, sync, session };
  }) as Promise<Dump>;
}

function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      strings(item, into);
    }
  }
  return into;
}

/** Every WINDOW_CHARS-long stretch of the paragraphs, every 10 characters. */
function textWindows(paragraphs: string[]): string[] {
  const windows: string[] = [];
  for (const p of paragraphs) for (let i = 0; i + WINDOW_CHARS <= p.length; i += 10) windows.push(p.slice(i, i + WINDOW_CHARS).toLowerCase());
  return windows;
}

describe.each(BROWSERS)('%s: privacy', (name) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness(name, { '/article.html': articlePageHtml(seed) });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('writes no page text to storage, and forgets the tab when it closes', async () => {
    const { tabId, page } = await h.openTab('/article.html');
    const state = await h.waitFor(tabId, ['done']);
    const popup = await findPage(h.session.browser, await createPopupWindow(h.control, `popup/popup.html?tabId=${tabId}`, { width: 360, height: 600 }));
    await popup.waitForSelector('li.entity .entity-button');
    await popup.click('li.entity .entity-button');
    await popup.waitForSelector('.mention-nav');
    // Bad input in the other direction: malformed broadcasts reach the open popup, which ignores them.
    await h.control.evaluate(async (id: number) => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      for (const m of [{ type: 'tabStateChanged', tabId: id, state: { status: 'pwned' } }, { type: 'tabStateChanged', tabId: -1 }, { type: 'tabStateChanged', tabId: id, state: null }, 'junk']) {
        await api.runtime.sendMessage(m).catch(() => undefined);
      }
    }, tabId);
    await sleep(500);
    expect(await popup.$$eval('li.entity', (items) => items.length)).toBe(state.result!.people.length + state.result!.places.length);

    const dump = await dumpStorage(h);
    const stored = strings(dump);
    const dumpText = stored.join('\n').toLowerCase();
    console.log(
      `[${name}] storage after use: ${Object.entries(dump).map(([area, items]) => `${area}: ${Object.keys(items).join(', ') || '(empty)'}`).join('; ')} — ` +
        `${JSON.stringify(dump).length} characters, longest string ${Math.max(0, ...stored.map((s) => s.length))}`,
    );
    // The tab's state is there (the popup works from it) ...
    expect(Object.keys(dump.session)).toContain(`tab:${tabId}`);
    // ... with names and numbers, never the text around them.
    const paragraphs = seed.paragraphs.map(plain);
    const leaked = textWindows(paragraphs).filter((window) => dumpText.includes(window));
    expect(leaked, 'stretches of article text found in storage').toEqual([]);
    expect(stored.filter((s) => s.length > MAX_STORED_STRING).map((s) => s.slice(0, 80)), 'long strings in storage').toEqual([]);
    const mentionTexts = new Set([...state.result!.people, ...state.result!.places].flatMap((e) => e.mentions.map((m) => m.text)));
    expect([...mentionTexts].every((text) => text.length < 60), 'mention texts are names').toBe(true);

    await popup.close();
    await page.close();
    const pageUrl = h.url('/article.html');
    const deadline = Date.now() + 10_000;
    let after = await dumpStorage(h);
    while (JSON.stringify(after).includes(pageUrl) && Date.now() < deadline) {
      await sleep(100);
      after = await dumpStorage(h);
    }
    expect(Object.keys(after.session).filter((key) => key.includes(String(tabId))), 'keys of the closed tab').toEqual([]);
    expect(JSON.stringify(after).includes(pageUrl), 'the closed page\'s URL is still stored').toBe(false);
    expect(await h.state(tabId)).toEqual({ status: 'idle', url: '' });
  });

  it('threw nothing into the page and made no network request', () => {
    expectNothingThrownIntoPages(h);
    expectNoNetwork(h);
  });
});
