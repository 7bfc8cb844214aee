// Hostile and unusual pages, in both browsers. The extension either works or says it cannot, and
// never throws into the page: every page's console errors and uncaught exceptions are collected
// (puppeteer: CDP in Chromium, WebDriver BiDi log entries in Firefox) and none may come from us.
//   - a page that breaks the built-ins our code could touch (its own world only: content scripts
//     run in an isolated world / behind Xray wrappers), counting every call made to its fakes;
//   - a strict Content-Security-Policy (no script, no style at all): highlights must still paint;
//   - the article inside a shadow root, or inside an iframe: we say we cannot read it;
//   - an article next to iframes full of other names: those names stay out;
//   - 100 000 tiny text nodes: read from the body (too many for Readability), not frozen out.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_CURRENT } from '../../content/highlight.ts';
import type { TabState } from '../../src/messages.ts';
import { articlePageHtml, loadSeedArticle } from './fixtures/article-page.ts';
import { articleHtml, corpusSource, escapeHtml } from './support/corpus.ts';
import { createPopupWindow, findPage } from './support/pages.ts';
import { BROWSERS, expectNoNetwork, expectNothingThrownIntoPages, sendToTab, sleep, startHarness, type Harness } from './support/harness.ts';
import { colourShare, decodePng } from './support/png.ts';

const seed = loadSeedArticle();
const plain = (markdown: string): string => markdown.replace(/\*\*|\[|\]\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
const seedArticle = articleHtml(seed.title, seed.paragraphs.map(plain));
/** The colour of the current mention's highlight (content/highlight.ts HIGHLIGHT_CSS). */
const CURRENT_HIGHLIGHT_RGB: [number, number, number] = [0xff, 0xb0, 0x00];

/** Replaces built-ins with fakes that count their calls and then throw. */
const BREAK_BUILTINS = `<script>
  window.__hostileCalls = {};
  const fake = (name) => function () { window.__hostileCalls[name] = (window.__hostileCalls[name] || 0) + 1; throw new Error('hostile page: ' + name + ' is broken'); };
  Array.prototype.map = fake('Array.prototype.map');
  Array.prototype.forEach = fake('Array.prototype.forEach');
  Array.prototype.filter = fake('Array.prototype.filter');
  JSON.parse = fake('JSON.parse');
  JSON.stringify = fake('JSON.stringify');
  document.createElement = fake('document.createElement');
  Node.prototype.appendChild = fake('Node.prototype.appendChild');
  Node.prototype.cloneNode = fake('Node.prototype.cloneNode');
  Document.prototype.querySelectorAll = fake('Document.prototype.querySelectorAll');
  Element.prototype.querySelectorAll = fake('Element.prototype.querySelectorAll');
  window.fetch = fake('fetch');
  window.MutationObserver = fake('MutationObserver');
  window.CSSStyleSheet = fake('CSSStyleSheet');
  String.prototype.slice = fake('String.prototype.slice');
  Object.defineProperty(Object.prototype, 'then', { get: fake('Object.prototype.then'), configurable: true });
  console.error('hostile page: built-ins replaced');
</script>`;

const page = (title: string, body: string, headExtra = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><meta property="og:type" content="article">${headExtra}</head><body><nav><a href="/">Home</a></nav><main>${body}</main></body></html>`;

const overridesPage = articlePageHtml(seed).replace('<meta charset="utf-8">', `<meta charset="utf-8">${BREAK_BUILTINS}`);

/** The article as a web component's open shadow tree. */
const shadowPage = page(
  seed.title,
  `<news-article></news-article><script>
  customElements.define('news-article', class extends HTMLElement {
    connectedCallback() { this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(seedArticle).replace(/</g, '\\u003c')}; }
  });
</script>`,
);

const AD_NAMES = ['Angela Merkel', 'Berlin', 'Tokyo'];
const adHtml = `<!doctype html><html lang="en"><body><p>Sponsored: Angela Merkel recommends this hotel in Berlin. Fly to Tokyo today with our partners, as Angela Merkel did.</p></body></html>`;
const iframesPage = page(
  seed.title,
  `<iframe src="/ad.html" title="ad"></iframe>${seedArticle.replace('</h1>', `</h1><iframe title="sponsored" srcdoc="${escapeHtml(adHtml)}"></iframe>`)}<iframe src="/ad.html" title="ad 2"></iframe>`,
);
/** The whole article lives in an iframe; the top page is a frame around it. */
const framedArticlePage = page(seed.title, `<iframe src="/article.html" title="story" style="width:100%;height:90vh"></iframe>`);

const TINY_NODES = 100_000;
const seedWords = seed.paragraphs.map(plain).join(' ').split(' ');
const manyNodesPage = page(
  seed.title,
  `<article><h1>${escapeHtml(seed.title)}</h1><p>${Array.from({ length: TINY_NODES }, (_, i) => `<span>${escapeHtml(seedWords[i % seedWords.length])} </span>`).join('')}</p></article>`,
);

/**
 * A publisher's page without what it would fetch from the web (scripts, style sheets, frames, images):
 * the test must not reach lemonde.fr, and CSP alone still lets the browsers announce the requests.
 */
const offline = (html: string): string =>
  html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/\s(src|srcset|poster|data-src)=("[^"]*"|'[^']*')/gi, '');

const STRICT_CSP = "default-src 'none'; style-src 'none'";

const names = (state: TabState): string[] => [...(state.result?.people ?? []), ...(state.result?.places ?? [])].map((e) => e.name);
const mentionsOf = (state: TabState, name: string): number => [...(state.result?.people ?? []), ...(state.result?.places ?? [])].find((e) => e.name === name)?.mentions.length ?? 0;

/** Where the current highlight is painted, once scrolling has come to rest; null when there is none. */
async function restingHighlight(tab: Page): Promise<{ x: number; y: number; width: number; height: number; text: string } | null> {
  let last = '';
  for (let i = 0; i < 100; i++) {
    const rect = await tab.evaluate((name: string) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const highlight = registry.get(name);
      if (!highlight) return null;
      for (const range of highlight) {
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height, text: range.toString() };
      }
      return null;
    }, HIGHLIGHT_CURRENT);
    if (!rect) return null;
    const key = `${Math.round(rect.x)},${Math.round(rect.y)}`;
    if (key === last) return rect;
    last = key;
    await sleep(150);
  }
  throw new Error('the highlight never came to rest');
}

describe.each(BROWSERS)('%s: hostile pages', (name) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness(name, {
      '/overrides.html': overridesPage,
      '/csp.html': { body: articlePageHtml(seed), headers: { 'content-security-policy': STRICT_CSP } },
      '/plain.html': articlePageHtml(seed),
      '/article.html': articlePageHtml(seed),
      '/shadow.html': shadowPage,
      '/iframes.html': iframesPage,
      '/ad.html': adHtml,
      '/framed.html': framedArticlePage,
      '/many-nodes.html': manyNodesPage,
      '/lemonde.html': { body: offline(corpusSource('lemonde-1')), headers: { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" } },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Asks the content script to show Barack Obama's first mention; returns its reply. */
  async function showObama(tabId: number, state: TabState): Promise<unknown> {
    const obama = state.result!.people.find((p) => p.wikidata === 'Q76')!;
    return sendToTab(h, tabId, { type: 'showMention', entityId: obama.id, mentionIndex: 0 });
  }

  /** Share of the current highlight's pixels painted in the highlight colour. */
  async function paintedShare(tab: Page): Promise<number> {
    const rect = await restingHighlight(tab);
    expect(rect, 'a current highlight is registered').not.toBeNull();
    const png = await tab.screenshot({ clip: { x: rect!.x, y: rect!.y, width: Math.max(1, rect!.width), height: Math.max(1, rect!.height) } });
    return colourShare(decodePng(png), CURRENT_HIGHLIGHT_RGB);
  }

  it('works on a page that breaks the built-ins, without calling a single one of its fakes', async () => {
    const { tabId, page: tab } = await h.openTab('/overrides.html');
    const state = await h.waitFor(tabId, ['done', 'error', 'not-article']);
    expect(state.status, state.message).toBe('done');
    expect(names(state)).toContain('Barack Obama');
    expect(await showObama(tabId, state)).toMatchObject({ ok: true, value: { text: expect.stringMatching(/Obama/) } });
    await sleep(1000);
    // A string, not an object: the page's Object.prototype.then trap would fire on an object result.
    const calls = await tab.evaluate(() => {
      const counts = (window as unknown as { __hostileCalls: Record<string, number> }).__hostileCalls;
      return Object.keys(counts).join(', ');
    });
    expect(calls, "calls our code made to the page's fakes").toBe('');
    // The collector works: it caught the page's own message...
    expect(h.pageProblems.some((p) => p.includes('hostile page: built-ins replaced'))).toBe(true);
    if (name === 'chromium') {
      // ... and, in Chromium, a message logged in the content script's own isolated world.
      const cdp = await tab.createCDPSession();
      const worlds: { id: number; origin: string }[] = [];
      cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context));
      await cdp.send('Runtime.enable');
      const ours = worlds.find((w) => w.origin === h.session.extensionOrigin);
      expect(ours, 'the content script world').toBeDefined();
      await cdp.send('Runtime.evaluate', { contextId: ours!.id, expression: "console.error('probe: logged in the content script world')" });
      await sleep(300);
      const seen = h.pageProblems.filter((p) => p.includes('probe: logged in the content script world'));
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.some((p) => p.includes(h.session.extensionOrigin)), seen.join('\n')).toBe(true);
      // It was our probe, not the extension: take it back out of the log.
      for (const line of seen) h.pageProblems.splice(h.pageProblems.indexOf(line), 1);
      await cdp.detach();
    }
  });

  it('paints highlights under a strict Content-Security-Policy as on an ordinary page', async () => {
    const shares: Record<string, number> = {};
    for (const path of ['/plain.html', '/csp.html']) {
      const { tabId, page: tab } = await h.openTab(path);
      const state = await h.waitFor(tabId, ['done', 'error', 'not-article']);
      expect(state.status, `${path}: ${state.message}`).toBe('done');
      expect(await showObama(tabId, state)).toMatchObject({ ok: true });
      shares[path] = await paintedShare(tab);
      await tab.close();
    }
    console.log(`[${name}] share of the current mention painted in the highlight colour: ordinary page ${shares['/plain.html'].toFixed(2)}, strict CSP ${shares['/csp.html'].toFixed(2)}`);
    expect(shares['/plain.html']).toBeGreaterThan(0.2);
    expect(shares['/csp.html']).toBeGreaterThan(0.2);
  });

  it('says it cannot read an article inside a shadow root, also when asked to analyse anyway', async () => {
    const { tabId } = await h.openTab('/shadow.html');
    const state = await h.waitFor(tabId, ['done', 'error', 'not-article']);
    expect(state.status).toBe('not-article');
    expect(await sendToTab(h, tabId, { type: 'analyzeAnyway' })).toMatchObject({ ok: true });
    const forced = await h.waitUntil(tabId, (s) => s.status === 'error' || s.status === 'done', 'forced analysis finished');
    expect(forced).toMatchObject({ status: 'error', message: 'No readable text was found on this page.' });
  });

  it('keeps the names in iframes out of the article, and says it cannot read an article inside one', async () => {
    const { tabId } = await h.openTab('/iframes.html');
    const state = await h.waitFor(tabId, ['done', 'error', 'not-article']);
    expect(state.status, state.message).toBe('done');
    expect(names(state)).toContain('Barack Obama');
    for (const adName of AD_NAMES) expect(names(state)).not.toContain(adName);

    const framed = await h.openTab('/framed.html');
    const framedState = await h.waitFor(framed.tabId, ['done', 'error', 'not-article']);
    expect(framedState.status).toBe('not-article');
  });

  it(`reads a page of ${TINY_NODES / 1000}k tiny text nodes`, async () => {
    const started = Date.now();
    const { tabId } = await h.openTab('/many-nodes.html');
    const state = await h.waitFor(tabId, ['done', 'error', 'not-article'], 120_000);
    console.log(`[${name}] ${TINY_NODES} text nodes: ${state.status} in ${Date.now() - started} ms, ${state.article?.textLength} characters, ${names(state).length} entities`);
    expect(state.status, state.message).toBe('done');
    const copies = Math.floor(TINY_NODES / seedWords.length);
    // Every copy of the seed's words names Barack Obama as often as the seed does (the headline once more).
    expect(mentionsOf(state, 'Barack Obama')).toBeGreaterThanOrEqual(copies * 10);
  });

  it('says a French page is not English, in the popup, and analyses it anyway', async () => {
    const { tabId } = await h.openTab('/lemonde.html');
    const state = await h.waitFor(tabId, ['done', 'error', 'not-article', 'unsupported-language']);
    expect(state).toMatchObject({ status: 'unsupported-language', message: 'Dramatis reads English articles; this page is in French.' });
    expect(await h.session.badgeText(tabId, h.control)).toBe('');
    const popup = await findPage(h.session.browser, await createPopupWindow(h.control, `popup/popup.html?tabId=${tabId}`, { width: 360, height: 600 }));
    await popup.waitForSelector('main[aria-busy="false"] .status-detail');
    expect(await popup.$eval('.status-detail', (p) => p.textContent)).toBe('Dramatis reads English articles; this page is in French.');
    expect(await popup.$eval('button.primary', (b) => b.textContent?.trim())).toBe('Analyze anyway');
    await popup.click('button.primary');
    const forced = await h.waitFor(tabId, ['done', 'error']);
    expect(forced.status, forced.message).toBe('done');
    await popup.waitForSelector('section.entities');
    await popup.close();
  });

  it('threw nothing into any page and made no network request', () => {
    expectNothingThrownIntoPages(h);
    expectNoNetwork(h);
  });
});
