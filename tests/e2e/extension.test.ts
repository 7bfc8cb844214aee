// End-to-end: the built extension (dist/) in Debian's Chromium and Firefox ESR, on the seed
// article served from 127.0.0.1. Run `npm run build` first (`npm test` does).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FoundEntity } from '../../src/core/types.ts';
import type { TabState } from '../../src/messages.ts';
import { articlePageHtml, frontPageHtml, loadSeedArticle } from './fixtures/article-page.ts';
import { launchWithExtension, openExtensionPage, type BrowserName, type ExtensionSession } from './support/browsers.ts';
import { compareWithGold, loadGold } from './support/gold.ts';
import { createTab, getTabState, pageHighlights, popupEntries, recordRequests, serialiseDom, waitForTabStatus } from './support/pages.ts';
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
    const target = await session.browser.waitForTarget((t) => t.url() === url);
    const page = await target.page();
    if (!page) throw new Error(`no page for ${url}`);
    recordRequests(page, pageRequests);
    return page;
  }

  async function openPopupFor(tabId: number): Promise<{ page: Page; openMs: number }> {
    const page = await session.browser.newPage();
    await page.setViewport(POPUP_VIEWPORT);
    recordRequests(page, pageRequests);
    const started = Date.now();
    await openExtensionPage(session, page, `popup/popup.html?tabId=${tabId}`);
    await page.waitForSelector('main[aria-busy="false"] :is(section, p.status-text)');
    return { page, openMs: Date.now() - started };
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
      `[${name}] content script: DOM ready → analysed in ${done.at - ready} ms (core annotate ${articleState.annotateMs} ms); ` +
        `tab opened → analysed in ${done.at - opened} ms`,
    );
    expect(await session.badgeText(articleTabId, control)).toBe(String(result.people.length + result.places.length));
  });

  it('popup lists the gold people and places with their mention counts', async () => {
    const opened = await openPopupFor(articleTabId);
    popup = opened.page;
    console.log(`[${name}] popup open → entries shown in ${opened.openMs} ms`);
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

    if (name === 'chromium') {
      mkdirSync(dirname(SCREENSHOT), { recursive: true });
      await popup.screenshot({ path: SCREENSHOT as `${string}.png` });
    } else {
      mkdirSync(ARTIFACTS, { recursive: true });
      await popup.screenshot({ path: join(ARTIFACTS, `popup-${name}.png`) as `${string}.png` });
    }
  });

  it('clicking an entry highlights its first mention; next and previous move through the mentions', async () => {
    const obama: FoundEntity = articleState.result!.people.find((p) => p.wikidata === 'Q76')!;
    expect(obama, 'Barack Obama found').toBeDefined();
    const entry = `li.entity[data-entity-id="${obama.id}"]`;
    const count = obama.mentions.length;

    const expectHighlighted = async (mentionIndex: number): Promise<number> => {
      const mention = obama.mentions[mentionIndex];
      await popup.waitForFunction(
        (selector: string, position: string) => document.querySelector(`${selector} .mention-position`)?.textContent === position,
        {},
        entry,
        `${mentionIndex + 1} of ${count}`,
      );
      // The content script's reply, announced by the popup: the mention's text as found in the live page.
      await popup.waitForFunction((text: string) => document.querySelector('.announcement')?.textContent?.includes(`“${text}”`), {}, mention.text);
      const { highlights, scrollY, viewportHeight } = await pageHighlights(article);
      const visible = highlights.filter((h) => h.text === mention.text && h.top >= 0 && h.bottom <= viewportHeight);
      expect(visible.length, `a highlight covering "${mention.text}" in the viewport; got ${JSON.stringify(highlights)}`).toBeGreaterThan(0);
      return scrollY;
    };

    await popup.click(`${entry} .entity-button`);
    const firstScroll = await expectHighlighted(0);
    await popup.click(`${entry} button[aria-label="Next mention"]`);
    await expectHighlighted(1);
    await popup.click(`${entry} button[aria-label="Previous mention"]`);
    await expectHighlighted(0);
    // Before the first comes the last, near the end of the article: the page must scroll there.
    await popup.click(`${entry} button[aria-label="Previous mention"]`);
    const lastScroll = await expectHighlighted(count - 1);
    expect(lastScroll).toBeGreaterThan(firstScroll);
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

  it('made no network request', async () => {
    const outside = pageRequests.filter((url) => !/^(data|blob):/.test(url) && !url.startsWith(`${site.origin}/`) && !url.startsWith(`${session.extensionOrigin}/`) && url !== 'about:blank');
    expect(outside, 'requests from the article, popup and control pages').toEqual([]);
    const notBrowserServices = trap.requests.filter((entry) => !BROWSER_SERVICE_HOSTS[name].test(hostOf(entry)));
    expect(notBrowserServices, 'requests that left the machine (trap proxy)').toEqual([]);
    if (trap.requests.length > 0) console.log(`[${name}] browser's own background requests (allowed): ${[...new Set(trap.requests.map(hostOf))].join(', ')}`);
  });
});
