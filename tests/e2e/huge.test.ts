// A 5 MB page, in both browsers: the seed article repeated until the page holds 5 million
// characters of real text. It must be annotated completely (every entity's count is the seed's
// times the repetitions), the popup must show progress while it works, and the page must stay
// responsive. Responsiveness is measured, not asserted: long tasks (PerformanceObserver, Chromium
// only) and the longest gap between animation frames (both browsers), with and without the
// extension running on the very same page. The figures are printed.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FoundEntity } from '../../src/core/types.ts';
import type { TabState } from '../../src/messages.ts';
import { articlePageHtml, loadSeedArticle } from './fixtures/article-page.ts';
import { escapeHtml } from './support/corpus.ts';
import { BROWSERS, expectNoNetwork, expectNothingThrownIntoPages, sleep, startHarness, type Harness } from './support/harness.ts';
import { createPopupWindow, findPage } from './support/pages.ts';

/** Just under the content script's cap (MAX_ARTICLE_CHARS = 5 000 000), so every copy is read whole. */
const TARGET_CHARS = 4_990_000;
/** How long the responsiveness probe watches after load, with and without the extension (ms). */
const WATCH_MS = 12_000;

const seed = loadSeedArticle();
const plain = (markdown: string): string => markdown.replace(/\*\*|\[|\]\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
const copyHtml = `<h2>${escapeHtml(seed.title)}</h2>\n<p>${escapeHtml(seed.byline)}</p>\n<p>${escapeHtml(seed.date)}</p>\n${seed.paragraphs.map((p) => `<p>${escapeHtml(plain(p))}</p>`).join('\n')}\n`;
const copyChars = [seed.title, seed.byline, seed.date, ...seed.paragraphs.map(plain)].join('\n\n').length;
const COPIES = Math.floor(TARGET_CHARS / (copyChars + 2));

/**
 * Measures responsiveness from the page's own main world, from the first script on: long tasks
 * where the browser reports them, and gaps between animation frames.
 */
const PROBE = `<script>
window.__probe = { longTasks: [], frameGaps: [], frames: 0, longTaskApi: false, loaded: -1 };
addEventListener('load', () => { window.__probe.loaded = performance.now(); });
if ((PerformanceObserver.supportedEntryTypes || []).includes('longtask')) {
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__probe.longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  window.__probe.longTaskApi = true;
}
let lastFrame = performance.now();
const onFrame = (t) => { if (t - lastFrame > 50) window.__probe.frameGaps.push([lastFrame, t - lastFrame]); lastFrame = t; window.__probe.frames++; requestAnimationFrame(onFrame); };
requestAnimationFrame(onFrame);
</script>`;

const hugePage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(seed.title)} (the long read)</title>
<meta property="og:type" content="article">${PROBE}</head>
<body><nav><a href="/">Home</a></nav><main><article>
${copyHtml.repeat(COPIES)}</article></main><footer>Example News</footer></body></html>`;

interface Responsiveness {
  longTaskApi: boolean;
  longTasks: number;
  longTaskMs: number;
  longestTaskMs: number;
  frames: number;
  longestFrameGapMs: number;
  frameGapsOver50: number;
}

/** What the probe saw from the end of the load event for `WATCH_MS`. */
async function readProbe(page: Page): Promise<Responsiveness> {
  return page.evaluate((watchMs: number) => {
    type Probe = { longTasks: [number, number][]; frameGaps: [number, number][]; frames: number; longTaskApi: boolean; loaded: number };
    const probe = (window as unknown as { __probe: Probe }).__probe;
    const loaded = probe.loaded;
    const inWindow = ([start]: [number, number]): boolean => start >= loaded && start <= loaded + watchMs;
    const tasks = probe.longTasks.filter(inWindow);
    const gaps = probe.frameGaps.filter(inWindow);
    let longTaskMs = 0;
    let longestTaskMs = 0;
    for (const [, d] of tasks) {
      longTaskMs += d;
      longestTaskMs = Math.max(longestTaskMs, d);
    }
    let longestFrameGapMs = 0;
    for (const [, d] of gaps) longestFrameGapMs = Math.max(longestFrameGapMs, d);
    return {
      longTaskApi: probe.longTaskApi,
      longTasks: tasks.length,
      longTaskMs: Math.round(longTaskMs),
      longestTaskMs: Math.round(longestTaskMs),
      frames: probe.frames,
      longestFrameGapMs: Math.round(longestFrameGapMs),
      frameGapsOver50: gaps.length,
    };
  }, WATCH_MS);
}

const describeProbe = (r: Responsiveness): string =>
  `${r.longTaskApi ? `long tasks ${r.longTasks} (total ${r.longTaskMs} ms, longest ${r.longestTaskMs} ms)` : 'long tasks: no API'}; ` +
  `animation-frame gaps > 50 ms: ${r.frameGapsOver50}, longest ${r.longestFrameGapMs} ms (${r.frames} frames)`;

const mentionCounts = (state: TabState): Map<string, number> =>
  new Map([...(state.result?.people ?? []), ...(state.result?.places ?? [])].map((e: FoundEntity) => [e.id, e.mentions.length]));

describe.each(BROWSERS)('%s: a 5 MB page', (name) => {
  let h: Harness;
  let seedState: TabState;
  let hugeState: TabState;
  let hugeTabId: number;
  let popupDetails: string[] = [];

  beforeAll(async () => {
    h = await startHarness(name, { '/seed.html': articlePageHtml(seed), '/huge.html': hugePage, '/blank.html': '<!doctype html><title>blank</title><p>…</p>' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('annotates it completely, with progress in the popup', async () => {
    const seedTab = await h.openTab('/seed.html');
    seedState = await h.waitFor(seedTab.tabId, ['done']);
    await seedTab.page.close();
    expect(hugePage.length).toBeGreaterThan(5_000_000);

    // The popup is open on the tab before the page loads, and records every status line it shows.
    const { tabId } = await h.openTab('/blank.html');
    hugeTabId = tabId;
    await h.waitFor(tabId, ['not-article']);
    const popupUrl = await createPopupWindow(h.control, `popup/popup.html?tabId=${tabId}`, { width: 360, height: 600 });
    const popup = await findPage(h.session.browser, popupUrl);
    await popup.waitForSelector('main[aria-busy="false"]');
    await popup.evaluate(() => {
      const seen: string[] = ((window as unknown as { __details: string[] }).__details = []);
      const record = (): void => {
        const text = [...document.querySelectorAll('.status-text, .status-detail')].map((p) => p.textContent).join(' | ');
        if (text && seen.at(-1) !== text) seen.push(text);
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const started = Date.now();
    await h.control.evaluate(
      async (id: number, url: string) => {
        type Api = { tabs: { update(id: number, p: { url: string }): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        await (g.browser ?? g.chrome)!.tabs.update(id, { url });
      },
      tabId,
      h.url('/huge.html'),
    );
    hugeState = await h.waitUntil(tabId, (s) => s.status === 'done' && s.url === h.url('/huge.html'), '5 MB page analysed', 170_000);
    const elapsed = Date.now() - started;
    await popup.waitForSelector('section.entities', { timeout: 30_000 });
    popupDetails = await popup.evaluate(() => (window as unknown as { __details: string[] }).__details);
    const progress = (await h.broadcasts(tabId)).filter((s) => s.status === 'analyzing').map((s) => s.message ?? '');
    console.log(
      `[${name}] 5 MB page (${COPIES} copies of the seed, ${hugeState.article?.textLength} characters analysed): ` +
        `navigation → done in ${elapsed} ms, background annotate ${hugeState.annotateMs} ms; popup showed: ${popupDetails.slice(0, 4).join(' / ')} … (${popupDetails.length} lines)`,
    );
    await popup.close();

    expect(hugeState.article?.textLength).toBeGreaterThanOrEqual(TARGET_CHARS - copyChars);
    // Progress: the content script's note on a long page, then the background's percentages, in order.
    expect(progress.some((m) => /Reading a long page \(5\.\d million characters\)/.test(m))).toBe(true);
    const percents = progress.map((m) => /(\d+)%/.exec(m)?.[1]).filter((p): p is string => p !== undefined).map(Number);
    expect(percents.length).toBeGreaterThan(5);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
    expect(popupDetails.some((line) => /Reading a long page|Finding people and places… \d+%/.test(line)), popupDetails.join('\n')).toBe(true);

    // Complete: each entity of the seed article, as many times over as the page repeats it.
    const seedCounts = mentionCounts(seedState);
    const hugeCounts = mentionCounts(hugeState);
    const wrong = [...seedCounts].filter(([id, count]) => hugeCounts.get(id) !== count * COPIES).map(([id, count]) => `${id}: ${hugeCounts.get(id)} ≠ ${COPIES} × ${count}`);
    expect(wrong).toEqual([]);
    expect(await h.session.badgeText(tabId, h.control)).toBe(String(hugeState.result!.people.length + hugeState.result!.places.length));
  });

  it('keeps the page responsive (figures printed, with and without the extension)', async () => {
    const page = await findPage(h.session.browser, h.url('/huge.html'));
    await sleep(Math.max(0, WATCH_MS - 5000)); // let the watch window after load run out
    const withExtension = await readProbe(page);
    // The same page where the content script does not run (about:blank with the HTML set).
    const bare = await h.session.browser.newPage();
    await bare.setContent(hugePage, { timeout: 120_000 });
    await sleep(WATCH_MS + 500);
    const without = await readProbe(bare);
    await bare.close();
    console.log(`[${name}] 5 MB page, ${WATCH_MS / 1000} s after load — with Dramatis: ${describeProbe(withExtension)}`);
    console.log(`[${name}] 5 MB page, ${WATCH_MS / 1000} s after load — page alone:    ${describeProbe(without)}`);
    // Measured, not timed: the probe must have run (frames counted) for the figures to mean anything.
    expect(withExtension.frames).toBeGreaterThan(0);
    expect(without.frames).toBeGreaterThan(0);
    expect(hugeTabId).toBeGreaterThanOrEqual(0);
  });

  it('threw nothing into the page and made no network request', () => {
    expectNothingThrownIntoPages(h);
    expectNoNetwork(h);
  });
});
