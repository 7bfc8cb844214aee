// What the tests read from the pages: the popup's entries, the article page's highlights, and the
// extension's per-tab state (asked through an extension page, as the popup does).
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import type { TabState } from '../../../src/messages.ts';
import type { ShownEntity } from './gold.ts';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

type RuntimeGlobals = {
  browser?: {
    runtime: { sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string };
    tabs: { create(p: { url: string; active: boolean }): Promise<{ id: number }> };
    windows: { create(p: { url: string; type: 'popup'; width: number; height: number }): Promise<{ id: number }> };
  };
  chrome?: RuntimeGlobals['browser'];
};

/** Opens `url` in a new foreground tab through the extension's tabs API, so we learn its tab id. */
export async function createTab(extensionPage: Page, url: string): Promise<number> {
  return extensionPage.evaluate(async (target: string) => {
    const g = globalThis as unknown as RuntimeGlobals;
    const api = g.browser ?? g.chrome;
    const tab = await api!.tabs.create({ url: target, active: true });
    return tab.id;
  }, url);
}

/**
 * Opens an extension page in a window of its own, as the toolbar popup floats over the page:
 * the article tab stays the visible tab of its window, so it paints and scrolls as for a user.
 * Returns the page's URL.
 */
export async function createPopupWindow(extensionPage: Page, path: string, size: { width: number; height: number }): Promise<string> {
  return extensionPage.evaluate(
    async (target: string, width: number, height: number) => {
      const g = globalThis as unknown as RuntimeGlobals;
      const api = (g.browser ?? g.chrome)!;
      const url = api.runtime.getURL(target);
      await api.windows.create({ url, type: 'popup', width, height });
      return url;
    },
    path,
    size.width,
    size.height,
  );
}

export async function getTabState(extensionPage: Page, tabId: number): Promise<TabState> {
  const reply = await extensionPage.evaluate(async (id: number) => {
    const g = globalThis as unknown as RuntimeGlobals;
    return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'getTabState', tabId: id });
  }, tabId);
  const typed = reply as { ok: boolean; value?: TabState; error?: string };
  if (!typed.ok || !typed.value) throw new Error(`getTabState failed: ${typed.error ?? 'no reply'}`);
  return typed.value;
}

/**
 * The page showing `url`. Firefox does not always update a target's URL for pages the extension
 * opened (no WebDriver BiDi navigation events for moz-extension:// loads), so each page is also
 * asked where it is.
 */
export async function findPage(browser: Browser, url: string, timeoutMs = 30_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if (page.url() === url) return page;
      const href = await Promise.race([page.evaluate(() => location.href).catch(() => ''), sleep(500).then(() => '')]);
      if (href === url) return page;
    }
    await sleep(50);
  }
  throw new Error(`no page shows ${url}`);
}

/** Polls the background until the tab reaches one of `statuses`; returns the state and when it got there. */
export async function waitForTabStatus(extensionPage: Page, tabId: number, statuses: TabState['status'][], timeoutMs = 60_000): Promise<{ state: TabState; at: number }> {
  const deadline = Date.now() + timeoutMs;
  let last: TabState | undefined;
  while (Date.now() < deadline) {
    last = await getTabState(extensionPage, tabId);
    if (statuses.includes(last.status)) return { state: last, at: Date.now() };
    await sleep(20);
  }
  throw new Error(`tab ${tabId} never reached ${statuses.join('/')}; last state: ${JSON.stringify(last)?.slice(0, 300)}`);
}

export async function popupEntries(popup: Page, section: 'People' | 'Places'): Promise<ShownEntity[]> {
  return popup.evaluate((heading: string) => {
    const sectionElement = [...document.querySelectorAll('section.entities')].find((s) => s.querySelector('h2')?.textContent?.startsWith(heading));
    if (!sectionElement) return [];
    return [...sectionElement.querySelectorAll('li.entity')].map((li) => ({
      id: li.getAttribute('data-entity-id') ?? '',
      name: li.querySelector('.entity-name')?.textContent ?? '',
      count: Number.parseInt(li.querySelector('.mention-count')?.textContent ?? '', 10),
      notInIndex: li.querySelector('.not-in-index') !== null,
      description: li.querySelector('.entity-description')?.textContent ?? '',
    }));
  }, section);
}

export interface PageHighlight {
  name: string;
  text: string;
  top: number;
  bottom: number;
  left: number;
}

/**
 * The CSS Custom Highlight API ranges registered in the page (the registry belongs to the
 * document, so the page's main world sees the ranges the content script registered), with the
 * scroll position and viewport height.
 */
export async function pageHighlights(page: Page): Promise<{ highlights: PageHighlight[]; scrollY: number; viewportHeight: number }> {
  return page.evaluate(() => {
    const highlights: { name: string; text: string; top: number; bottom: number; left: number }[] = [];
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      for (const range of highlight) {
        const rect = range.getBoundingClientRect();
        highlights.push({ name, text: range.toString(), top: rect.top, bottom: rect.bottom, left: rect.left });
      }
    }
    return { highlights, scrollY: window.scrollY, viewportHeight: window.innerHeight };
  });
}

/** Records every request a page makes (page loads, fetches, content-script requests). */
export function recordRequests(page: Page, log: string[]): void {
  page.on('request', (request: HTTPRequest) => {
    log.push(request.url());
  });
}

export const serialiseDom = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.outerHTML);

/** Runs axe-core in a page; returns every violation, of any impact (minor, moderate, serious, critical). */
export async function accessibilityViolations(page: Page, axeSource: string): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string; help: string; nodes: unknown[] }[] }> } }).axe;
    const results = await axe.run(document);
    return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} (${violation.nodes.length} nodes)`);
  });
}
