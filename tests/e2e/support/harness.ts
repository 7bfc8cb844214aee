// Shared set-up for the robustness e2e files (dynamic, huge, hostile, privacy, language): one
// browser with the built extension behind the trap proxy, a local site whose pages may carry
// response headers, an extension "control" page that records every tabStateChanged broadcast,
// console/error collection on pages, and the no-network check.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConsoleMessage, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { TabState } from '../../../src/messages.ts';
import { launchWithExtension, openExtensionPage, type BrowserName, type ExtensionSession } from './browsers.ts';
import { createTab, findPage, getTabState, recordRequests, waitForTabStatus } from './pages.ts';
import { startTrapProxy, type RecordingServer } from './servers.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const DIST_DIR: Record<BrowserName, string> = { chromium: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') };
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Hosts the browsers contact by themselves (updates, remote settings); anything else at the trap fails. */
const BROWSER_SERVICE_HOSTS: Record<BrowserName, RegExp> = {
  chromium: /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)$/,
  firefox: /(^|\.)(mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com|mozaws\.net)$/,
};

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Tabs open on a blank page of the site first, so console collection starts before the test page loads. */
const START_PATH = '/__start-';
const START_PAGE = '<!doctype html><title>start</title>';

export interface SitePage {
  body: string;
  headers?: Record<string, string>;
}

/** Serves `pages` (path → HTML or {body, headers}); records requests; anything else is a 404. */
export async function startPageSite(pages: Record<string, string | SitePage>): Promise<RecordingServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    requests.push(`${request.method} ${path}`);
    const page = path.startsWith(START_PATH) ? START_PAGE : pages[path];
    if (page === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const { body, headers = {} } = typeof page === 'string' ? { body: page } : page;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A tabStateChanged broadcast as the control page received it. */
export interface SeenState {
  tabId: number;
  status: TabState['status'];
  url: string;
  message?: string;
  entities: number;
}

export interface Harness {
  name: BrowserName;
  session: ExtensionSession;
  site: RecordingServer;
  trap: RecordingServer;
  /** An extension page: asks the background, opens tabs, and records broadcasts. */
  control: Page;
  /** Every request made by the pages the tests opened. */
  pageRequests: string[];
  /** Console errors/warnings and uncaught errors of the pages the tests opened. */
  pageProblems: string[];
  url(path: string): string;
  /** Opens `path` of the site in a new foreground tab; returns the tab id and its page. */
  openTab(path: string): Promise<{ tabId: number; page: Page }>;
  /** The broadcasts seen for a tab so far. */
  broadcasts(tabId: number): Promise<SeenState[]>;
  state(tabId: number): Promise<TabState>;
  waitFor(tabId: number, statuses: TabState['status'][], timeoutMs?: number): Promise<TabState>;
  /** Polls until `check(state)` holds. */
  waitUntil(tabId: number, check: (state: TabState) => boolean, what: string, timeoutMs?: number): Promise<TabState>;
  close(): Promise<void>;
}

/**
 * Chromium: also listens on a CDP session of its own, which reports console calls and uncaught
 * exceptions of every execution context of the page, the extension's isolated world included.
 */
async function collectFromAllWorlds(page: Page, log: string[]): Promise<void> {
  const cdp = await page.createCDPSession();
  const origins = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', (event) => origins.set(event.context.id, `${event.context.origin} ${event.context.name}`.trim()));
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type !== 'error' && event.type !== 'warning') return;
    const text = event.args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
    log.push(`[world ${origins.get(event.executionContextId) ?? event.executionContextId}] console.${event.type}: ${text}`);
  });
  cdp.on('Runtime.exceptionThrown', (event) => {
    const details = event.exceptionDetails;
    log.push(`[world ${origins.get(details.executionContextId ?? -1) ?? '?'}] exception: ${details.exception?.description ?? details.text} ${details.url ?? ''}`);
  });
  await cdp.send('Runtime.enable');
}

/** Records console errors and warnings and uncaught exceptions of a page. */
export async function collectProblems(page: Page, log: string[], browserName?: BrowserName): Promise<void> {
  if (browserName === 'chromium') await collectFromAllWorlds(page, log);
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error' && message.type() !== 'warn') return;
    const where = message.location()?.url ?? '';
    log.push(`console.${message.type()}: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error: unknown) => {
    const e = error as { message?: string; stack?: string };
    log.push(`pageerror: ${e?.message ?? String(error)} ${e?.stack ?? ''}`);
  });
}

/** Our code's fingerprints in a console line: the extension's URL or our log prefix. */
export function fromOurCode(problem: string, extensionOrigin: string): boolean {
  return problem.includes(extensionOrigin) || /dramatis/i.test(problem) || /content\.js/.test(problem);
}

export async function startHarness(name: BrowserName, pages: Record<string, string | SitePage>): Promise<Harness> {
  if (!existsSync(join(DIST_DIR[name], 'manifest.json'))) throw new Error(`${DIST_DIR[name]} is missing: run \`npm run build\` first`);
  const site = await startPageSite(pages);
  const trap = await startTrapProxy();
  const session = await launchWithExtension(name, DIST_DIR[name], trap.port);
  const control = await session.browser.newPage();
  const pageRequests: string[] = [];
  const pageProblems: string[] = [];
  recordRequests(control, pageRequests);
  await openExtensionPage(session, control, 'popup/popup.html?tabId=0');
  await control.evaluate(() => {
    type Api = { runtime: { onMessage: { addListener(f: (m: unknown) => undefined): void } } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api; __seen?: unknown[] };
    const seen: unknown[] = (g.__seen = []);
    (g.browser ?? g.chrome)!.runtime.onMessage.addListener((message: unknown) => {
      const m = message as { type?: string; tabId?: number; state?: { status: string; url: string; message?: string; result?: { people: unknown[]; places: unknown[] } } };
      if (m?.type === 'tabStateChanged' && m.state) {
        const r = m.state.result;
        seen.push({ tabId: m.tabId, status: m.state.status, url: m.state.url, message: m.state.message, entities: r ? r.people.length + r.places.length : 0 });
      }
      return undefined;
    });
  });
  let tabsOpened = 0;
  const harness: Harness = {
    name,
    session,
    site,
    trap,
    control,
    pageRequests,
    pageProblems,
    url: (path) => `${site.origin}${path}`,
    async openTab(path) {
      const start = `${site.origin}${START_PATH}${++tabsOpened}`;
      const tabId = await createTab(control, start);
      const page = await findPage(session.browser, start);
      recordRequests(page, pageRequests);
      await collectProblems(page, pageProblems, name);
      await page.goto(`${site.origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
      return { tabId, page };
    },
    broadcasts: async (tabId) => {
      const seen = (await control.evaluate(
        (id: number) => ((globalThis as unknown as { __seen: { tabId: number }[] }).__seen ?? []).filter((s) => s.tabId === id),
        tabId,
      )) as SeenState[];
      return seen.filter((s) => !s.url.includes(START_PATH));
    },
    state: (tabId) => getTabState(control, tabId),
    waitFor: async (tabId, statuses, timeoutMs) => (await waitForTabStatus(control, tabId, statuses, timeoutMs)).state,
    async waitUntil(tabId, check, what, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      let last: TabState | undefined;
      while (Date.now() < deadline) {
        last = await getTabState(control, tabId);
        if (check(last)) return last;
        await sleep(50);
      }
      throw new Error(`tab ${tabId}: ${what} never happened; last state: ${JSON.stringify(last)?.slice(0, 300)}`);
    },
    async close() {
      await session?.close();
      await site?.close();
      await trap?.close();
    },
  };
  return harness;
}

/** The extension made no request beyond the local site and its own files (pages and the trap proxy). */
export function expectNoNetwork(h: Harness): void {
  const outside = h.pageRequests.filter(
    (url) => !/^(data|blob|about):/.test(url) && !url.startsWith(`${h.site.origin}/`) && !url.startsWith(`${h.session.extensionOrigin}/`),
  );
  expect(outside, 'requests from the pages the tests opened').toEqual([]);
  const hostOf = (entry: string): string => {
    const target = entry.split(' ')[1] ?? '';
    return target.startsWith('http') ? new URL(target).hostname : target.replace(/:\d+$/, '');
  };
  const leaked = h.trap.requests.filter((entry) => !BROWSER_SERVICE_HOSTS[h.name].test(hostOf(entry)));
  expect(leaked, 'requests that left the machine (trap proxy)').toEqual([]);
}

/** No console error, warning or uncaught exception from our code in the pages the tests opened. */
export function expectNothingThrownIntoPages(h: Harness): void {
  const ours = h.pageProblems.filter((problem) => fromOurCode(problem, h.session.extensionOrigin));
  expect(ours, 'console errors or exceptions from the extension in the page').toEqual([]);
}

/** Sends a message to a tab's content script from the control page. */
export function sendToTab(h: Harness, tabId: number, message: unknown): Promise<unknown> {
  return h.control.evaluate(
    async (id: number, m: unknown) => {
      type Api = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return (g.browser ?? g.chrome)!.tabs.sendMessage(id, m);
    },
    tabId,
    message,
  );
}

/** Escapes a value for an inline <script>: JSON with `<` escaped so "</script>" cannot end it. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** Finds a tab's page without collecting (used after navigations inside the same tab). */
export const pageOf = (h: Harness, url: string): Promise<Page> => findPage(h.session.browser, url);
