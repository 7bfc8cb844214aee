// End-to-end, in Chromium and Firefox: the reader features on the seed article — popup sections,
// paragraph numbers, filter, keyboard, highlight all by type, the context card (popup jump, hover,
// page CSS, layout, scroll), the places map, per-tab memory, the options page (storage.sync,
// disabled sites, colours, "not in index"), the shortcut, localisation, and axe-core with 0
// violations. Saves the README pictures (docs/) from Chromium. Run `npm run build` first.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FoundEntity } from '../../src/core/types.ts';
import type { TabState } from '../../src/messages.ts';
import { HIGHLIGHT_CURRENT, HIGHLIGHT_PERSON, HIGHLIGHT_PLACE } from '../../content/highlight.ts';
import { articlePageHtml, loadSeedArticle, type SeedArticle } from './fixtures/article-page.ts';
import { launchWithExtension, openExtensionPage, type BrowserName, type ExtensionSession } from './support/browsers.ts';
import { accessibilityViolations, createPopupWindow, createTab, findPage, getTabState, serialiseDom, waitForTabStatus } from './support/pages.ts';
import { cardState, currentHighlightBlock, highlightSheetText, highlightTexts, pointOnHighlight, type ExtensionApi } from './support/reader.ts';
import { startSite, startTrapProxy, type RecordingServer } from './support/servers.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST_DIR: Record<BrowserName, string> = { chromium: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') };
const DOCS = join(ROOT, 'docs');
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const POPUP_VIEWPORT = { width: 360, height: 600 };
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const seed = loadSeedArticle();
/** An article whose places all lie in the Levant: the map must zoom to their region. */
const levant: SeedArticle = {
  title: 'Aid convoys reach Aleppo as fighting moves towards Idlib',
  byline: 'A Correspondent',
  date: '8 September 2016',
  paragraphs: [
    'Aid convoys from Damascus reached the eastern districts of Aleppo on Thursday, after a week in which the road from Homs was closed by shelling, officials in Damascus said.',
    'Families who fled Aleppo in the spring have crossed into Lebanon, where camps near Beirut are full, and into Jordan, where Amman has asked donors for more help.',
    'Fighting has since moved towards Idlib, and residents of Homs and Hama say the convoys are the first they have seen this year. Aid workers in Beirut and Amman expect more.',
  ],
};
/** Distance between a mention and its card (content/card.ts GAP_PX). */
const CARD_GAP_PX = 6;

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Waits until the page has stopped scrolling (a smooth scroll from a jump may still run). */
async function scrollSettled(page: Page): Promise<void> {
  let last = Number.NaN;
  for (let i = 0; i < 100; i++) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await sleep(150);
  }
}

async function until<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`${what}: never happened; last: ${JSON.stringify(last)?.slice(0, 400)}`);
    await sleep(50);
    last = await probe();
  }
  return last;
}

describe.each(BROWSERS)('%s: reader features', (name) => {
  let session: ExtensionSession;
  let site: RecordingServer;
  let trap: RecordingServer;
  let control: Page;
  let article: Page;
  let popup: Page;
  let tabId: number;
  let state: TabState;
  let domAfterLoad: string;
  const articleUrl = (): string => `${site.origin}/article.html`;
  const picture = (file: string): `${string}.png` => (name === 'chromium' ? join(DOCS, file) : join(ARTIFACTS, `${name}-${file}`)) as `${string}.png`;

  async function openPopup(): Promise<Page> {
    const url = await createPopupWindow(control, `popup/popup.html?tabId=${tabId}`, POPUP_VIEWPORT);
    const page = await findPage(session.browser, url);
    await page.setViewport(POPUP_VIEWPORT);
    await page.waitForSelector('main[aria-busy="false"] section.entities');
    return page;
  }

  const entry = (id: string): string => `li.entity[data-entity-id="${id}"]`;
  const position = (page: Page): Promise<string> => page.$eval('.mention-position', (e) => e.textContent ?? '').catch(() => '');
  const waitPosition = (text: string): Promise<unknown> =>
    popup.waitForFunction((t: string) => document.querySelector('.mention-position')?.textContent === t, {}, text);

  beforeAll(async () => {
    if (!existsSync(join(DIST_DIR[name], 'manifest.json'))) throw new Error(`${DIST_DIR[name]} is missing: run \`npm run build\` first`);
    mkdirSync(ARTIFACTS, { recursive: true });
    site = await startSite({ '/article.html': articlePageHtml(seed), '/levant.html': articlePageHtml(levant) });
    trap = await startTrapProxy();
    session = await launchWithExtension(name, DIST_DIR[name], trap.port);
    control = await session.browser.newPage();
    await openExtensionPage(session, control, 'popup/popup.html?tabId=0');
    tabId = await createTab(control, articleUrl());
    article = await findPage(session.browser, articleUrl());
    state = (await waitForTabStatus(control, tabId, ['done', 'error', 'not-article'])).state;
    expect(state.status, state.message).toBe('done');
    domAfterLoad = await serialiseDom(article);
    popup = await openPopup();
  });

  afterAll(async () => {
    await session?.close();
    await site?.close();
    await trap?.close();
  });

  it('shows People and Places with counts and the paragraph of each first mention, checked against the page', async () => {
    const result = state.result!;
    const headings = await popup.$$eval('section.entities h2', (hs) => hs.map((h) => h.textContent?.replace(/\s+/g, ' ').trim()));
    expect(headings).toEqual([`People (${result.people.length})`, `Places (${result.places.length})`]);
    // "First mentioned in paragraph N": jump to the first mention and find its block in the page.
    const obama = result.people.find((p) => p.wikidata === 'Q76')!;
    const topPlace = result.places[0];
    for (const entity of [obama, topPlace]) {
      const shown = await popup.$eval(`${entry(entity.id)} .first-mention`, (e) => e.textContent ?? '');
      const paragraph = Number(/paragraph (\d+)/.exec(shown)?.[1]);
      await popup.click(`${entry(entity.id)} .entity-button`);
      await waitPosition(`1 of ${entity.mentions.length}`);
      await until(`${entity.name} highlighted`, () => highlightTexts(article, HIGHLIGHT_CURRENT), (texts) => texts[0] === entity.mentions[0].text);
      expect(await currentHighlightBlock(article), `${entity.name}: ${shown}`).toBe(paragraph);
    }
    // No raw message keys anywhere: every string came from _locales.
    const texts = await popup.evaluate(() => [...document.querySelectorAll('body *')].flatMap((e) => [e.textContent ?? '', e.getAttribute('aria-label') ?? '', e.getAttribute('placeholder') ?? '']));
    expect(texts.filter((text) => /^[a-z]+[A-Z][A-Za-z]+$/.test(text.trim()))).toEqual([]);
  });

  it('filters as you type, and drives everything from the keyboard', async () => {
    const obama = state.result!.people.find((p) => p.wikidata === 'Q76')!;
    await popup.keyboard.press('Escape');
    await popup.focus('body');
    await popup.keyboard.press('/');
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('filter'))).toBe(true);
    await popup.keyboard.type('obam');
    const listed = await popup.$$eval('li.entity', (lis) => lis.map((li) => li.getAttribute('data-entity-id')));
    expect(listed).toEqual([obama.id]);
    expect(await popup.$eval('section[data-section="people"] h2', (h) => h.textContent)).toContain(`1 of ${state.result!.people.length}`);
    // ↓ from the filter to the first entry, Enter jumps, n / p cycle the mentions.
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-entity-id'))).toBe(obama.id);
    await popup.keyboard.press('Enter');
    await waitPosition(`1 of ${obama.mentions.length}`);
    await popup.keyboard.press('n');
    await waitPosition(`2 of ${obama.mentions.length}`);
    await until('second mention highlighted', () => highlightTexts(article, HIGHLIGHT_CURRENT), (t) => t[0] === obama.mentions[1].text);
    await popup.keyboard.press('p');
    await waitPosition(`1 of ${obama.mentions.length}`);
    await popup.keyboard.press('p');
    await waitPosition(`${obama.mentions.length} of ${obama.mentions.length}`);
    // Escape in the filter empties it first; outside, Escape clears the highlights.
    await popup.focus('input.filter');
    await popup.keyboard.press('Escape');
    expect(await popup.$eval('input.filter', (i) => (i as HTMLInputElement).value)).toBe('');
    expect((await popup.$$('li.entity')).length).toBe(state.result!.people.length + state.result!.places.length);
    await popup.keyboard.press('Escape');
    await popup.waitForFunction(() => document.querySelector('.mention-nav') === null);
    await until('highlights cleared', () => highlightTexts(article, HIGHLIGHT_CURRENT), (t) => t.length === 0);
    // ↑ ↓ move between entries.
    await popup.focus(`${entry(state.result!.people[0].id)} .entity-button`);
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-entity-id'))).toBe(state.result!.people[1].id);
    await popup.keyboard.press('ArrowUp');
    expect(await popup.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-entity-id'))).toBe(state.result!.people[0].id);
  });

  it('copies the lists as Markdown', async () => {
    await popup.click('button.copy-markdown');
    const count = state.result!.people.length + state.result!.places.length;
    await popup.waitForFunction((n: number) => document.querySelector('.announcement')?.textContent === `Copied ${n} people and places as Markdown.`, {}, count);
  });

  it('highlights every mention of every person and place, by type', async () => {
    const result = state.result!;
    const mentionTexts = (entities: FoundEntity[]): string[] => entities.flatMap((e) => e.mentions.map((m) => m.text)).sort();
    await popup.click('input[name="highlight-people"]');
    expect((await until('people painted', () => highlightTexts(article, HIGHLIGHT_PERSON), (t) => t.length > 0)).sort()).toEqual(mentionTexts(result.people));
    expect(await highlightTexts(article, HIGHLIGHT_PLACE)).toEqual([]);
    await popup.click('input[name="highlight-places"]');
    expect((await until('places painted', () => highlightTexts(article, HIGHLIGHT_PLACE), (t) => t.length > 0)).sort()).toEqual(mentionTexts(result.places));
    // Colour-coded: one rule per type, in the default colours of the options.
    const sheet = await highlightSheetText(article);
    expect(sheet).toMatch(/::highlight\(dramatis-person\)\s*\{\s*background-color: rgba\(255, 213, 79/);
    expect(sheet).toMatch(/::highlight\(dramatis-place\)\s*\{\s*background-color: rgba\(128, 203, 196/);
    await popup.click('input[name="highlight-people"]');
    await until('people unpainted', () => highlightTexts(article, HIGHLIGHT_PERSON), (t) => t.length === 0);
    expect((await highlightTexts(article, HIGHLIGHT_PLACE)).length).toBe(mentionTexts(result.places).length);
  });

  it('shows a context card on hover over a highlighted mention, immune to page CSS, without moving the layout', async () => {
    // Places are highlighted (previous test). A place with coordinates shows a dot on a mini map.
    const located = state.result!.places.filter((p) => p.coords);
    await scrollSettled(article);
    let target: { x: number; y: number; text: string } | null = null;
    let place: FoundEntity | undefined;
    for (let i = 0; i < 40 && !place; i++) {
      target = await pointOnHighlight(article, HIGHLIGHT_PLACE, i);
      place = located.find((p) => p.mentions.some((m) => m.text === target?.text));
    }
    expect(place, 'a highlighted place with coordinates').toBeDefined();
    // Hostile page CSS aimed at the card's host and at elements like the card's.
    await article.evaluate(() => {
      const style = document.createElement('style');
      style.id = 'hostile-test-style';
      style.textContent =
        'dramatis-card, dramatis-card * { display: none !important; position: static !important; } div, span { font-size: 40px !important; width: 10px !important; color: red !important; }';
      document.head.append(style);
    });
    const before = await article.evaluate(() => ({ height: document.documentElement.scrollHeight, top: document.querySelector('article p')!.getBoundingClientRect().top + scrollY }));
    await article.mouse.move(target!.x, target!.y);
    const card = await until('card on hover', () => cardState(article), (c) => c.hosts === 1 && c.visibility === 'visible').finally(() =>
      article.evaluate(() => document.getElementById('hostile-test-style')?.remove()).catch(() => undefined),
    );
    expect(card.entityId).toBe(place!.id);
    expect(card.text).toContain(place!.name);
    expect(card.hostDisplay).toBe('block');
    expect(card.cardWidth).toBe(264);
    expect(card.hasMap && card.hasDot).toBe(true);
    // Next to the mention, inside the viewport.
    expect(Math.min(Math.abs(card.rect!.top - (target!.y + CARD_GAP_PX)), Math.abs(card.rect!.bottom + CARD_GAP_PX - target!.y))).toBeLessThan(20);
    const during = await article.evaluate(() => ({ height: document.documentElement.scrollHeight, top: document.querySelector('article p')!.getBoundingClientRect().top + scrollY }));
    expect(during).toEqual(before);
    await article.screenshot({ path: picture('screenshot-card.png') });
    // Away from any mention, the card and its host leave the page.
    await article.mouse.move(3, 3);
    await until('card gone', () => cardState(article), (c) => c.hosts === 0);
  });

  it('shows the card for the mention the popup jumps to, and keeps it by the mention on scroll', async () => {
    const obama = state.result!.people.find((p) => p.wikidata === 'Q76')!;
    await article.mouse.move(3, 3); // the user is in the popup, not over the page
    await popup.click(`${entry(obama.id)} .entity-button`);
    await waitPosition(`1 of ${obama.mentions.length}`);
    const card = await until('card for the jump', () => cardState(article), (c) => c.hosts === 1 && c.visibility === 'visible' && c.entityId === obama.id);
    expect(card.text).toContain(obama.name);
    expect(card.text).toContain(`mentioned ${obama.mentions.length} times`);
    const anchor = async (): Promise<{ top: number; bottom: number }> =>
      article.evaluate(() => {
        const range = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('dramatis-current') ?? [])][0];
        const rect = range.getClientRects()[0];
        return { top: rect.top, bottom: rect.bottom };
      });
    const nextToAnchor = (c: Awaited<ReturnType<typeof cardState>>, a: { top: number; bottom: number }): boolean =>
      c.rect !== null && (Math.abs(c.rect.top - (a.bottom + CARD_GAP_PX)) <= 2 || Math.abs(c.rect.bottom - (a.top - CARD_GAP_PX)) <= 2);
    // Smooth scrolling brings the mention into view; the card follows it.
    let lastTop = Number.NaN;
    await until('card by the mention, scrolling done', async () => ({ c: await cardState(article), a: await anchor() }), ({ c, a }) => {
      const settled = a.top === lastTop;
      lastTop = a.top;
      return settled && nextToAnchor(c, a);
    });
    const firstTop = (await cardState(article)).rect!.top;
    await article.evaluate(() => window.scrollBy({ top: 60, behavior: 'instant' as ScrollBehavior }));
    const moved = await until('card follows the scroll', async () => ({ c: await cardState(article), a: await anchor() }), ({ c, a }) => nextToAnchor(c, a) && Math.abs(c.rect!.top - firstTop) > 30);
    expect(moved.c.visibility).toBe('visible');
    // Escape in the popup clears the highlights and takes the card away.
    await popup.keyboard.press('Escape');
    await until('card gone after Escape', () => cardState(article), (c) => c.hosts === 0);
  });

  it('maps the places offline; a dot jumps to its first mention', async () => {
    const located = state.result!.places.filter((p) => p.coords);
    await popup.waitForSelector('svg.places-map');
    const dots = await popup.$$eval('svg.places-map circle.map-dot', (cs) =>
      cs.map((c) => ({ id: c.getAttribute('data-entity-id')!, x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) })),
    );
    expect(dots.length).toBeGreaterThan(0);
    expect(dots.length).toBeLessThanOrEqual(located.length);
    // The projection keeps geography: east is right, north is up.
    const coords = new Map(located.map((p) => [p.id, p.coords!]));
    for (const a of dots) {
      for (const b of dots) {
        const [lonA, latA] = coords.get(a.id)!;
        const [lonB, latB] = coords.get(b.id)!;
        if (lonA > lonB + 0.5) expect(a.x).toBeGreaterThan(b.x);
        if (latA > latB + 0.5) expect(a.y).toBeLessThan(b.y);
      }
    }
    // Zoomed to the region when the places cluster: the dots spread over the drawing, not a corner of the world.
    const focus = await popup.$eval('svg.places-map', (svg) => svg.getAttribute('data-focus'));
    const lons = [...coords.values()].map((c) => c[0]);
    if (Math.max(...lons) - Math.min(...lons) < 100) expect(focus).toBe('region');
    // The last dot drawn is on top of any other: a real click at its centre reaches it.
    const target = located.find((p) => p.id === dots[dots.length - 1].id)!;
    await popup.click(`svg.places-map circle.map-dot[data-entity-id="${target.id}"]`);
    await popup.waitForSelector(`${entry(target.id)}.selected`);
    await until('dot jumped', () => highlightTexts(article, HIGHLIGHT_CURRENT), (t) => t[0] === target.mentions[0].text);
    const map = await popup.$('section.map-section');
    await map!.screenshot({ path: picture('screenshot-map.png') });
  });

  it('zooms the map to the region when the places cluster', async () => {
    const levantTab = await createTab(control, `${site.origin}/levant.html`);
    const done = await waitForTabStatus(control, levantTab, ['done', 'error', 'not-article']);
    expect(done.state.status).toBe('done');
    const located = done.state.result!.places.filter((p) => p.coords);
    const names = located.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Aleppo', 'Damascus', 'Beirut', 'Amman']));
    const url = await createPopupWindow(control, `popup/popup.html?tabId=${levantTab}`, POPUP_VIEWPORT);
    const page = await findPage(session.browser, url);
    await page.setViewport(POPUP_VIEWPORT);
    await page.waitForSelector('svg.places-map circle.map-dot');
    const { focus, width, xs, ys } = await page.$eval('svg.places-map', (svg) => ({
      focus: svg.getAttribute('data-focus'),
      width: Number(svg.getAttribute('viewBox')!.split(' ')[2]),
      xs: [...svg.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cx'))),
      ys: [...svg.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy'))),
    }));
    expect(focus).toBe('region');
    expect(xs.length).toBe(located.length);
    // Zoomed: the dots spread at least 8 times wider than the same places on the whole world would.
    const lons = located.map((p) => p.coords![0]);
    const worldSpread = ((Math.max(...lons) - Math.min(...lons)) / 360) * width;
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(8 * worldSpread);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(20);
    const map = await page.$('section.map-section');
    await map!.screenshot({ path: picture('screenshot-map-region.png') });
    await page.close();
    await (await findPage(session.browser, `${site.origin}/levant.html`)).close();
  });

  it('passes axe-core with 0 violations of any impact', async () => {
    // A popup in use: a person selected on their second mention, people highlighted by type.
    const obama = state.result!.people.find((p) => p.wikidata === 'Q76')!;
    await popup.click(`${entry(obama.id)} .entity-button`);
    await popup.keyboard.press('n');
    await waitPosition(`2 of ${obama.mentions.length}`);
    await popup.click('input[name="highlight-people"]');
    await popup.waitForFunction(() => /Highlighted \d+ mentions/.test(document.querySelector('.announcement')?.textContent ?? ''));
    expect(await accessibilityViolations(popup, AXE_SOURCE), 'axe-core: popup with a selection, toggles and map').toEqual([]);
    if (name === 'chromium') {
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      expect(await accessibilityViolations(popup, AXE_SOURCE), 'axe-core: dark theme').toEqual([]);
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    }
    await popup.evaluate(() => document.querySelector('main')?.scrollTo(0, 0));
    await popup.mouse.move(1, 1);
    await popup.screenshot({ path: picture('screenshot-popup-reader.png') });
    await popup.click('input[name="highlight-people"]');
  });

  it('remembers the popup state per tab, and the background forgets it with the tab', async () => {
    const obama = state.result!.people.find((p) => p.wikidata === 'Q76')!;
    await popup.click(`${entry(obama.id)} .entity-button`);
    await popup.click(`${entry(obama.id)} button[aria-label="Next mention"]`);
    await waitPosition(`2 of ${obama.mentions.length}`);
    await popup.click('input[name="highlight-places"]');
    await popup.type('input.filter', 'o');
    await sleep(200); // storage.session writes are asynchronous
    await popup.close();
    popup = await openPopup();
    expect(await popup.$eval('input.filter', (i) => (i as HTMLInputElement).value)).toBe('o');
    expect(await popup.$eval('li.entity.selected', (li) => li.getAttribute('data-entity-id'))).toBe(obama.id);
    expect(await position(popup)).toBe(`2 of ${obama.mentions.length}`);
    expect(await popup.$eval('input[name="highlight-places"]', (i) => (i as HTMLInputElement).checked)).toBe(true);
    const key = `popup:${tabId}`;
    const stored = await control.evaluate(async (k: string) => {
      const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
      return (await api.storage.session.get(k))[k];
    }, key);
    expect(stored).toMatchObject({ filter: 'o', selected: { entityId: obama.id, mentionIndex: 1 }, highlightPlaces: true });
  });

  it('offers the popup on a keyboard shortcut, and takes its name from _locales', async () => {
    const { commands, extName } = await control.evaluate(async () => {
      const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
      return { commands: await api.commands.getAll(), extName: api.i18n.getMessage('extName') };
    });
    expect(commands.find((c) => c.name === '_execute_action')?.shortcut?.replace(/\s/g, '')).toBe('Alt+Shift+D');
    expect(extName).toBe('Dramatis');
    const manifest = JSON.parse(readFileSync(join(DIST_DIR[name], 'manifest.json'), 'utf8')) as { name: string; default_locale: string };
    expect(manifest).toMatchObject({ name: '__MSG_extName__', default_locale: 'en' });
  });

  it('options: saves settings (v2) in storage.sync, hides "not in index", recolours, and turns sites off', async () => {
    const url = await createPopupWindow(control, 'options/options.html', { width: 640, height: 720 });
    const options = await findPage(session.browser, url);
    await options.setViewport({ width: 640, height: 720 });
    await options.waitForSelector('main[aria-busy="false"] form');
    expect(await accessibilityViolations(options, AXE_SOURCE), 'axe-core: options page').toEqual([]);
    await options.type('#disabled-hosts', 'https://LOCALHOST/anything');
    await options.click('#show-not-in-index');
    await options.$eval('#colour-person', (input) => {
      (input as HTMLInputElement).value = '#ff0000';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await options.click('button[type="submit"]');
    await options.waitForFunction(() => document.querySelector('.options-status')?.textContent === 'Saved.');
    if (name === 'chromium') await options.screenshot({ path: join(ARTIFACTS, 'options-chromium.png') as `${string}.png` });
    const saved = await control.evaluate(async () => {
      const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
      return (await api.storage.sync.get('settings')).settings;
    });
    expect(saved).toEqual({ schemaVersion: 2, disabledHosts: ['localhost'], colours: { person: '#ff0000', place: '#80cbc4' }, showNotInIndex: false });
    await options.close();

    // The page recolours live; the popup drops people not in the index.
    await until('person colour applied', () => highlightSheetText(article), (css) => /dramatis-person\)\s*\{\s*background-color: rgba\(255, 0, 0/.test(css));
    await popup.close();
    popup = await openPopup();
    const shownIds = await popup.$$eval('li.entity', (lis) => lis.map((li) => li.getAttribute('data-entity-id')));
    const unknown = state.result!.people.filter((p) => !p.inIndex);
    expect(unknown.length).toBeGreaterThan(0);
    for (const person of unknown) expect(shownIds).not.toContain(person.id);
    expect(shownIds).toContain(state.result!.people.find((p) => p.inIndex)!.id);

    // localhost is off: the same article there is left alone, while 127.0.0.1 is read.
    const offUrl = `http://localhost:${site.port}/article.html`;
    const offTab = await createTab(control, offUrl);
    const offPage = await findPage(session.browser, offUrl);
    await offPage.waitForFunction(() => document.readyState === 'complete');
    expect(await offPage.title()).toContain(seed.title);
    const onTab = await createTab(control, `${articleUrl()}?again`);
    await waitForTabStatus(control, onTab, ['done']);
    expect((await getTabState(control, offTab)).status).toBe('idle');
    const reply = await control
      .evaluate(async (id: number) => {
        const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
        return api.tabs.sendMessage(id, { type: 'getParagraphs' });
      }, offTab)
      .then((value) => ({ answered: value !== undefined }))
      .catch(() => ({ answered: false }));
    expect(reply, 'no content script listening on a disabled site').toEqual({ answered: false });
    await offPage.close();
  });

  it('a version 1 settings record is migrated when read', async () => {
    await control.evaluate(async () => {
      const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
      await api.storage.sync.set({ settings: { version: 1, disabledSites: 'example.org, news.example', highlightColour: '#00FF00', hideUnknown: false } });
    });
    const url = await createPopupWindow(control, 'options/options.html', { width: 640, height: 720 });
    const options = await findPage(session.browser, url);
    await options.waitForSelector('main[aria-busy="false"] form');
    expect(await options.$eval('#disabled-hosts', (t) => (t as HTMLTextAreaElement).value)).toBe('example.org\nnews.example');
    expect(await options.$eval('#colour-person', (i) => (i as HTMLInputElement).value)).toBe('#00ff00');
    expect(await options.$eval('#show-not-in-index', (i) => (i as HTMLInputElement).checked)).toBe(true);
    await options.close();
  });

  it('left the article DOM as it was once the card is hidden, and made no network request', async () => {
    await popup.keyboard.press('Escape');
    await until('no card', () => cardState(article), (c) => c.hosts === 0);
    expect(await serialiseDom(article)).toBe(domAfterLoad);
    expect(site.requests.filter((r) => !/^GET \/(article|levant)\.html/.test(r) && r !== 'GET /favicon.ico')).toEqual([]);
    const leaked = trap.requests.filter((entry) => !/(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|mozilla\.(com|net|org)|firefox\.com|mozaws\.net)(:\d+)?(\/|$| )/.test(entry));
    expect(leaked).toEqual([]);
  });

  it('forgets the popup state when the tab closes', async () => {
    // The toolbar popup closes with its tab; close ours first, as its last write could follow the tab's removal.
    await popup.close();
    await article.close();
    const key = `popup:${tabId}`;
    await until(
      'popup state removed',
      () =>
        control.evaluate(async (k: string) => {
          const api = ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? (globalThis as unknown as { chrome: ExtensionApi }).chrome);
          return (await api.storage.session.get(k))[k] ?? null;
        }, key),
      (value) => value === null,
    );
  });
});
