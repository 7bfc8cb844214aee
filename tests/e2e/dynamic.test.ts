// Dynamic pages, in both browsers: an article rendered 1 s after load, an article that changes in
// place (a ticking "updated" clock, then a live update with new names), and a single-page app that
// moves to a second article with history.pushState and back with the Back button. The tab state
// and the badge follow each change, and a run is counted per analysis that reached the background
// (one terminal broadcast each: done, not-article, ...), so a re-run on every small DOM change shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/messages.ts';
import { articlePageHtml, loadSeedArticle } from './fixtures/article-page.ts';
import { articleHtml, corpusParagraphs, corpusTitle } from './support/corpus.ts';
import { BROWSERS, expectNoNetwork, expectNothingThrownIntoPages, scriptJson, sleep, startHarness, type Harness, type SeenState } from './support/harness.ts';

const seed = loadSeedArticle();
const seedHtml = articleHtml(seed.title, seed.paragraphs.map((p) => p.replace(/\*\*|\[|\]\([^)]*\)/g, '').replace(/\s+/g, ' ').trim()));
/** The second article: Zimbabwe, Robert Mugabe (Telegraph, from the Readability corpus). */
const SECOND = 'telegraph';
const secondHtml = articleHtml(corpusTitle(SECOND), corpusParagraphs(SECOND));
/** The live update: Tunisia (Washington Post). */
const updateParagraphs = corpusParagraphs('wapo-1').slice(0, 6);

/** Milliseconds the "live" page's clock ticks, longer than the late-content watch's 8 s max wait. */
const TICK_FOR_MS = 9_000;
const TICK_EVERY_MS = 100;

const head = (title: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article"></head>`;

/** A client-rendered page: an empty shell whose article appears 1 s after load. */
const latePage = `${head('Late article')}<body><nav><a href="/">Home</a></nav><main id="app"><p>Loading…</p></main>
<script>
  const article = ${scriptJson(seedHtml)};
  addEventListener('load', () => setTimeout(() => { document.getElementById('app').innerHTML = article; }, 1000));
</script></body></html>`;

/** The seed article with an "updated N s ago" clock inside it; `addUpdate()` appends a live update. */
const livePage = articlePageHtml(seed)
  .replace('<article>', '<article>\n<p class="live">Updated <span id="ago">0</span> tenths of a second ago</p>')
  .replace(
    '</body>',
    `<script>
  const update = ${scriptJson(updateParagraphs)};
  let ticks = 0;
  const clock = setInterval(() => {
    document.getElementById('ago').textContent = String(++ticks);
    if (ticks * ${TICK_EVERY_MS} >= ${TICK_FOR_MS}) { clearInterval(clock); window.clockStopped = true; }
  }, ${TICK_EVERY_MS});
  window.addUpdate = () => {
    const section = document.createElement('section');
    section.innerHTML = '<h2>Live update</h2>' + update.map((p) => '<p>' + p.replace(/</g, '&lt;') + '</p>').join('');
    document.querySelector('article').append(section);
  };
</script></body>`,
  );

/** A single-page app: /spa/one and /spa/two are the same shell; go(path) switches with pushState. */
const spaPage = `${head('News app')}<body><nav><a href="/spa/one">One</a> <a href="/spa/two">Two</a></nav><main id="app"></main>
<script>
  const views = { '/spa/one': ${scriptJson(seedHtml)}, '/spa/two': ${scriptJson(secondHtml)} };
  const render = () => { document.getElementById('app').innerHTML = views[location.pathname] || '<p>Not found</p>'; };
  window.go = (path) => { history.pushState({}, '', path); render(); };
  addEventListener('popstate', render);
  render();
</script></body></html>`;

const TERMINAL: TabState['status'][] = ['done', 'not-article', 'unsupported-language', 'error'];
const runs = (seen: SeenState[]): number => seen.filter((s) => TERMINAL.includes(s.status)).length;
const entityNames = (state: TabState): string[] => [...(state.result?.people ?? []), ...(state.result?.places ?? [])].map((e) => e.name);
const entityCount = (state: TabState): number => (state.result ? state.result.people.length + state.result.places.length : 0);

describe.each(BROWSERS)('%s: dynamic pages', (name) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness(name, { '/late.html': latePage, '/live.html': livePage, '/spa/one': spaPage, '/spa/two': spaPage });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('analyses an article rendered 1 s after load, once', async () => {
    const { tabId } = await h.openTab('/late.html');
    const state = await h.waitUntil(tabId, (s) => s.status === 'done' && entityNames(s).includes('Barack Obama'), 'late article analysed');
    expect(await h.session.badgeText(tabId, h.control)).toBe(String(entityCount(state)));
    await sleep(3000); // room for any further (unwanted) re-run
    const seen = await h.broadcasts(tabId);
    console.log(`[${name}] late article: ${seen.map((s) => s.status).join(' → ')}`);
    // The shell ("Loading…") is read first, then the rendered article: two runs, no more.
    expect(runs(seen)).toBeLessThanOrEqual(2);
    expect(seen.at(-1)).toMatchObject({ status: 'done', entities: entityCount(state) });
  });

  it('ignores a ticking clock in the article, then picks up a live update in place', async () => {
    const { tabId, page } = await h.openTab('/live.html');
    const first = await h.waitFor(tabId, ['done']);
    expect(entityNames(first)).not.toContain('Tunisia');
    await page.waitForFunction(() => (window as unknown as { clockStopped?: boolean }).clockStopped === true, { timeout: 30_000 });
    await sleep(2500); // the late-content watch's quiet time after the last tick, and then some
    const afterClock = await h.broadcasts(tabId);
    expect(runs(afterClock), `${TICK_FOR_MS / TICK_EVERY_MS} clock ticks caused no re-run`).toBe(1);
    expect((await h.state(tabId)).result).toEqual(first.result);

    await page.evaluate(() => (window as unknown as { addUpdate(): void }).addUpdate());
    const updated = await h.waitUntil(tabId, (s) => s.status === 'done' && entityNames(s).includes('Tunisia'), 'live update analysed');
    expect(entityNames(updated)).toContain('Barack Obama');
    expect(await h.session.badgeText(tabId, h.control)).toBe(String(entityCount(updated)));
    await sleep(2000);
    const seen = await h.broadcasts(tabId);
    console.log(`[${name}] live article: ${runs(seen)} runs for ${TICK_FOR_MS / TICK_EVERY_MS} clock ticks and one update`);
    expect(runs(seen)).toBe(2);
  });

  it('follows a pushState navigation to a second article, and Back', async () => {
    const { tabId, page } = await h.openTab('/spa/one');
    const one = await h.waitFor(tabId, ['done']);
    expect(entityNames(one)).toContain('Barack Obama');

    await page.evaluate(() => (window as unknown as { go(path: string): void }).go('/spa/two'));
    const two = await h.waitUntil(tabId, (s) => s.status === 'done' && s.url === h.url('/spa/two'), 'second article analysed');
    expect(entityNames(two)).toContain('Robert Mugabe');
    expect(entityNames(two)).not.toContain('Barack Obama');
    expect(two.article?.title).toMatch(/Mugabe/);
    expect(await h.session.badgeText(tabId, h.control)).toBe(String(entityCount(two)));

    await page.evaluate(() => history.back());
    const back = await h.waitUntil(tabId, (s) => s.status === 'done' && s.url === h.url('/spa/one'), 'first article analysed again');
    expect(back.result).toEqual(one.result);
    expect(await h.session.badgeText(tabId, h.control)).toBe(String(entityCount(back)));
    await sleep(3000);
    const seen = await h.broadcasts(tabId);
    console.log(`[${name}] single-page app: ${seen.filter((s) => TERMINAL.includes(s.status)).map((s) => `${s.status} ${new URL(s.url).pathname}`).join(' → ')}`);
    // One run per view: the DOM swap that comes with each navigation does not add a run of its own.
    expect(runs(seen)).toBe(3);
  });

  it('threw nothing into the pages and made no network request', () => {
    expectNothingThrownIntoPages(h);
    expectNoNetwork(h);
  });
});
