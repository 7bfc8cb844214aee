// End-to-end: the built extension (dist/) in Debian's Chromium and Firefox ESR, on the seed
// article served from 127.0.0.1. Run `npm run build` first (`npm test` does).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FoundEntity } from '../../src/core/types.ts';
import type { TabState } from '../../src/messages.ts';
import { HIGHLIGHT_CURRENT } from '../../content/highlight.ts';
import { POPUP_DATA_MARK, POPUP_LIST_MARK, POPUP_READY_MARK, POPUP_SCRIPT_MARK } from '../../src/popup/timing.ts';
import { articlePageHtml, frontPageHtml, loadSeedArticle } from './fixtures/article-page.ts';
import { launchWithExtension, openExtensionPage, type BrowserName, type ExtensionSession } from './support/browsers.ts';
import { compareWithGold, loadGold } from './support/gold.ts';
import { accessibilityViolations, createPopupWindow, createTab, findPage, getTabState, pageHighlights, popupEntries, recordRequests, serialiseDom, waitForTabStatus } from './support/pages.ts';
import { startSite, startTrapProxy, type RecordingServer } from './support/servers.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST_DIR: Record<BrowserName, string> = { chromium: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') };
const SCREENSHOT = join(ROOT, 'docs/screenshot-popup.png');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
/** Popup size in the toolbar; the popup page is opened in a tab of this size. */
const POPUP_VIEWPORT = { width: 360, height: 600 };

/**
 * Hosts the browsers themselves contact in the background (updates, remote settings, clock).
 * The extension has no reason to contact any of them; any other host reaching the trap proxy fails.
 */
const BROWSER_SERVICE_HOSTS: Record<BrowserName, RegExp> = {
  chromium: /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/,
  firefox: /(^|\.)(mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com|mozaws\.net)$/,
};

const hostOf = (trapEntry: string): string => {
  const target = trapEntry.split(' ')[1] ?? '';
  return target.startsWith('http') ? new URL(target).hostname : target.replace(/:\d+$/, '');
};

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const seed = loadSeedArticle();
const gold = loadGold();
const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

describe.each(BROWSERS)('%s', (name) => {
  let session: ExtensionSession;
  let site: RecordingServer;
  let trap: RecordingServer;
  let control: Page; // an extension page used to ask the background and open tabs
  let article: Page;
  let popup: Page;
  let articleTabId: number;
  let articleState: TabState;
  let domAfterLoad: string;
  const pageRequests: string[] = [];

  const articleUrl = (): string => `${site.origin}/article.html`;

  async function pageFor(url: string): Promise<Page> {
    const page = await findPage(session.browser, url);
    recordRequests(page, pageRequests);
    return page;
  }

  /** Opens the popup page for a tab; `readyMs` is the popup's own time from page start to first content. */
  async function openPopupFor(tabId: number): Promise<{ page: Page; readyMs: number }> {
    const url = await createPopupWindow(control, `popup/popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    const page = await pageFor(url);
    await page.waitForSelector('main[aria-busy="false"] :is(section, p.status-text)');
    const readyMs = await page.evaluate((mark: string) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, POPUP_READY_MARK);
    await page.setViewport(POPUP_VIEWPORT);
    return { page, readyMs };
  }

  beforeAll(async () => {
    if (!existsSync(join(DIST_DIR[name], 'manifest.json'))) throw new Error(`${DIST_DIR[name]} is missing: run \`npm run build\` first`);
    site = await startSite({ '/article.html': articlePageHtml(seed), '/front.html': frontPageHtml(seed) });
    trap = await startTrapProxy();
    session = await launchWithExtension(name, DIST_DIR[name], trap.port);
    control = await session.browser.newPage();
    recordRequests(control, pageRequests);
    await openExtensionPage(session, control, 'popup/popup.html?tabId=0');
  });

  afterAll(async () => {
    await session?.close();
    await site?.close();
    await trap?.close();
  });

  it('analyses the seed article and shows the count on the badge', async () => {
    const opened = Date.now();
    articleTabId = await createTab(control, articleUrl());
    article = await pageFor(articleUrl());
    const done = await waitForTabStatus(control, articleTabId, ['done', 'error', 'not-article', 'unsupported-language']);
    articleState = done.state;
    expect(articleState.status, articleState.message).toBe('done');
    const ready = await article.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance.timeOrigin + navigation.domContentLoadedEventEnd;
    });
    domAfterLoad = await serialiseDom(article);
    const result = articleState.result!;
    console.log(
      `[${name}] content script: DOM ready → analysed in ${Math.round(done.at - ready)} ms (core annotate ${articleState.annotateMs} ms); ` +
        `tab opened → analysed in ${done.at - opened} ms`,
    );
    expect(await session.badgeText(articleTabId, control)).toBe(String(result.people.length + result.places.length));
  });

  it('popup lists the gold people and places with their mention counts', async () => {
    const opened = await openPopupFor(articleTabId);
    popup = opened.page;
    console.log(`[${name}] popup: page start → entries shown in ${Math.round(opened.readyMs)} ms`);
    const [scriptMs, dataMs, listMs] = await popup.evaluate(
      (marks: string[]) => marks.map((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN),
      [POPUP_SCRIPT_MARK, POPUP_DATA_MARK, POPUP_LIST_MARK],
    );
    console.log(
      `[${name}] popup: page start → list of people and places in the DOM in ${Math.round(listMs)} ms, ` +
        `${Math.round(listMs - scriptMs)} ms after the popup's script started (target: within 50 ms of opening; ` +
        `script running at ${Math.round(scriptMs)} ms, tab state and settings in at ${Math.round(dataMs)} ms)`,
    );
    // Chromium's rendering is the documented one; Firefox's goes to the (ignored) artifacts folder.
    const screenshotPath = name === 'chromium' ? SCREENSHOT : join(ARTIFACTS, `popup-${name}.png`);
    mkdirSync(dirname(screenshotPath), { recursive: true });
    await popup.screenshot({ path: screenshotPath as `${string}.png` });
    const people = await popupEntries(popup, 'People');
    const places = await popupEntries(popup, 'Places');
    // The popup shows exactly what the background computed, in its salience order.
    const result = articleState.result!;
    expect(people.map((p) => p.id)).toEqual(result.people.map((p) => p.id));
    expect(places.map((p) => p.id)).toEqual(result.places.map((p) => p.id));
    expect(people.map((p) => p.count)).toEqual(result.people.map((p) => p.mentions.length));

    const peopleVsGold = compareWithGold(gold.people, people);
    const placesVsGold = compareWithGold(gold.places, places);
    if (peopleVsGold.extra.length + placesVsGold.extra.length > 0) {
      console.log(`[${name}] shown beyond the gold: ${[...peopleVsGold.extra, ...placesVsGold.extra].join(', ')}`);
    }
    expect({ missing: peopleVsGold.missing, wrongCounts: peopleVsGold.wrongCounts }).toEqual({ missing: [], wrongCounts: [] });
    expect({ missing: placesVsGold.missing, wrongCounts: placesVsGold.wrongCounts }).toEqual({ missing: [], wrongCounts: [] });
    // The byline author is in no encyclopedia: found as an unknown name, and marked so.
    expect(people.find((p) => p.name === 'Jordan Shilton')?.notInIndex).toBe(true);
    expect(people.filter((p) => !p.notInIndex).every((p) => p.description !== '')).toBe(true);
    expect(await accessibilityViolations(popup, AXE_SOURCE), 'axe-core: accessibility violations of any impact').toEqual([]);
    if (name === 'chromium') {
      // The dark theme too (colour contrast is one of axe's serious rules). Firefox over BiDi cannot emulate media features.
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      expect(await accessibilityViolations(popup, AXE_SOURCE), 'axe-core, dark theme').toEqual([]);
      mkdirSync(ARTIFACTS, { recursive: true });
      await popup.screenshot({ path: join(ARTIFACTS, 'popup-chromium-dark.png') as `${string}.png` });
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    }

  });

  it('clicking an entry highlights its first mention; next and previous move through the mentions', async () => {
    const obama: FoundEntity = articleState.result!.people.find((p) => p.wikidata === 'Q76')!;
    expect(obama, 'Barack Obama found').toBeDefined();
    const entry = `li.entity[data-entity-id="${obama.id}"]`;
    const count = obama.mentions.length;

    /** Waits until the current highlight is the given mention, in the viewport; returns its place in the document. */
    const expectHighlighted = async (mentionIndex: number): Promise<{ documentTop: number; left: number; scrollY: number }> => {
      const mention = obama.mentions[mentionIndex];
      await popup.waitForFunction(
        (selector: string, position: string) => document.querySelector(`${selector} .mention-position`)?.textContent === position,
        {},
        entry,
        `${mentionIndex + 1} of ${count}`,
      );
      // The content script's reply, announced by the popup: the mention's text as found in the live page.
      await popup.waitForFunction((text: string) => document.querySelector('.announcement')?.textContent?.includes(`“${text}”`), {}, mention.text);
      // The page may scroll smoothly: wait for the current highlight to come to rest in the viewport.
      let seen: Awaited<ReturnType<typeof pageHighlights>> | undefined;
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        seen = await pageHighlights(article);
        const current = seen.highlights.filter((h) => h.name === HIGHLIGHT_CURRENT);
        if (current.length === 1 && current[0].text === mention.text && current[0].top >= 0 && current[0].bottom <= seen.viewportHeight) {
          return { documentTop: current[0].top + seen.scrollY, left: current[0].left, scrollY: seen.scrollY };
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no single "${HIGHLIGHT_CURRENT}" highlight of "${mention.text}" in the viewport: ${JSON.stringify(seen)}`);
    };
    const isAfter = (a: { documentTop: number; left: number }, b: { documentTop: number; left: number }): boolean =>
      a.documentTop > b.documentTop + 1 || (Math.abs(a.documentTop - b.documentTop) <= 1 && a.left > b.left);

    await popup.click(`${entry} .entity-button`);
    const first = await expectHighlighted(0);
    await popup.click(`${entry} button[aria-label="Next mention"]`);
    const second = await expectHighlighted(1);
    expect(isAfter(second, first), 'the second mention comes after the first in the page').toBe(true);
    await popup.click(`${entry} button[aria-label="Previous mention"]`);
    await expectHighlighted(0);
    // Before the first comes the last, near the end of the article: the page must scroll there.
    await popup.click(`${entry} button[aria-label="Previous mention"]`);
    const last = await expectHighlighted(count - 1);
    expect(isAfter(last, second)).toBe(true);
    expect(last.scrollY).toBeGreaterThan(first.scrollY);
  });

  it('Escape in the popup clears the highlights', async () => {
    await popup.keyboard.press('Escape');
    await popup.waitForFunction(() => document.querySelector('.mention-nav') === null);
    await article.waitForFunction(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.size === 0 || [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].every((h) => h.size === 0));
  });

  it('left the article DOM untouched', async () => {
    // Highlights live in the CSS highlight registry, not in the DOM.
    expect(await serialiseDom(article)).toBe(domAfterLoad);
    // And what the content script saw on load is what the page would be without the extension:
    // the same HTML set on a page the content script does not run on (about:blank).
    const pristine = await session.browser.newPage();
    await pristine.setContent(articlePageHtml(seed));
    expect(domAfterLoad).toBe(await serialiseDom(pristine));
    await pristine.close();
  });

  it('a page that is not an article says so and can be analysed anyway', async () => {
    const frontUrl = `${site.origin}/front.html`;
    const frontTabId = await createTab(control, frontUrl);
    await pageFor(frontUrl);
    const judged = await waitForTabStatus(control, frontTabId, ['not-article', 'done', 'error']);
    expect(judged.state.status).toBe('not-article');
    const { page } = await openPopupFor(frontTabId);
    expect(await page.$eval('.status-text', (p) => p.textContent)).toMatch(/not look like a news article/);
    await page.click('button.primary');
    await waitForTabStatus(control, frontTabId, ['done']);
    // The popup follows the broadcast and replaces its message with the lists.
    await page.waitForSelector('section.entities, main p.status-text');
    expect((await getTabState(control, frontTabId)).result).toBeDefined();
    await page.close();
  });

  it('answers malformed messages with an error, in the background and in the content script', async () => {
    const replies = await control.evaluate(async (tabId: number) => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> }; tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = g.browser ?? g.chrome;
      return Promise.all([
        api.runtime.sendMessage({ type: 'getTabState', tabId: -1 }),
        api.runtime.sendMessage({ type: 'no-such-type' }),
        api.runtime.sendMessage('not an object'),
        api.runtime.sendMessage({ type: 'annotate', url: 'x', text: 'y', article: {} }),
        api.tabs.sendMessage(tabId, { type: 'showMention', entityId: '', mentionIndex: 0 }),
      ]);
    }, articleTabId);
    for (const reply of replies) expect(reply).toMatchObject({ ok: false, error: expect.any(String) });
  });

  it('keeps the tab state when the background is stopped', async () => {
    // Browsers stop an idle background; the next one must answer from storage.session.
    await session.stopBackground();
    const state = await getTabState(control, articleTabId);
    expect(state.status).toBe('done');
    expect(state.result).toEqual(articleState.result);
  });

  it('forgets a tab when it is closed', async () => {
    await article.close();
    const deadline = Date.now() + 10_000;
    let state = await getTabState(control, articleTabId);
    while (state.status !== 'idle' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = await getTabState(control, articleTabId);
    }
    expect(state).toEqual({ status: 'idle', url: '' });
  });

  it('made no network request', async () => {
    const outside = pageRequests.filter((url) => !/^(data|blob):/.test(url) && !url.startsWith(`${site.origin}/`) && !url.startsWith(`${session.extensionOrigin}/`) && url !== 'about:blank');
    expect(outside, 'requests from the article, popup and control pages').toEqual([]);
    const notBrowserServices = trap.requests.filter((entry) => !BROWSER_SERVICE_HOSTS[name].test(hostOf(entry)));
    expect(notBrowserServices, 'requests that left the machine (trap proxy)').toEqual([]);
    if (trap.requests.length > 0) console.log(`[${name}] browser's own background requests (allowed): ${[...new Set(trap.requests.map(hostOf))].join(', ')}`);
  });
});

describe.each(BROWSERS)('%s with a damaged index', (name) => {
  let session: ExtensionSession;
  let site: RecordingServer;
  let trap: RecordingServer;
  let extensionDir: string;

  beforeAll(async () => {
    // A copy of the build whose index is cut short, as a broken download or disk would leave it.
    extensionDir = mkdtempSync(join(tmpdir(), `dramatis-damaged-${name}-`));
    cpSync(DIST_DIR[name], extensionDir, { recursive: true });
    const indexFile = join(extensionDir, 'index/dramatis.idx');
    writeFileSync(indexFile, readFileSync(indexFile).subarray(0, 4096));
    site = await startSite({ '/article.html': articlePageHtml(seed) });
    trap = await startTrapProxy();
    session = await launchWithExtension(name, extensionDir, trap.port);
  });

  afterAll(async () => {
    await session?.close();
    await site?.close();
    await trap?.close();
    if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
  });

  it('says "index damaged — reinstall" in the popup and marks the badge', async () => {
    const control = await session.browser.newPage();
    await openExtensionPage(session, control, 'popup/popup.html?tabId=0');
    const tabId = await createTab(control, `${site.origin}/article.html`);
    const { state } = await waitForTabStatus(control, tabId, ['error', 'done']);
    expect(state).toMatchObject({ status: 'error', message: 'index damaged — reinstall' });
    expect(await session.badgeText(tabId, control)).toBe('!');
    const url = await createPopupWindow(control, `popup/popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    const popup = await findPage(session.browser, url);
    await popup.waitForSelector('main[aria-busy="false"] .status-detail');
    expect(await popup.$eval('.status-detail', (p) => p.textContent)).toBe('index damaged — reinstall');
  });
});
