// Launches Debian's Chromium or Firefox ESR with the built extension installed, through
// puppeteer-core (never a downloaded browser). All non-loopback traffic goes to the trap proxy.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The few extension APIs the tests call inside extension contexts (no @types/chrome needed). */
export interface ExtensionApi {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  tabs: { query(query: { url?: string }): Promise<{ id?: number; url?: string }[]> };
}
export type ExtensionGlobals = { chrome: ExtensionApi; browser: ExtensionApi };

export type BrowserName = 'chromium' | 'firefox';

export const BROWSER_EXECUTABLES: Record<BrowserName, string> = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
};

export interface ExtensionSession {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid>, no trailing slash. */
  extensionOrigin: string;
  /** The toolbar badge text of a tab, read through the extension's own privileges. */
  badgeText(tabId: number, extensionPage: Page): Promise<string>;
  /** Stops the background (Chrome: service worker; Firefox: event page) as the browser does when idle; resolves once it is stopped. */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens one of the extension's own pages in `page`. Firefox loads moz-extension:// pages but never
 * reports the WebDriver BiDi navigation as finished, so there we start the navigation and wait
 * until the page itself says it has loaded.
 */
export async function openExtensionPage(session: ExtensionSession, page: Page, path: string): Promise<void> {
  const url = `${session.extensionOrigin}/${path}`;
  if (session.name === 'chromium') {
    await page.goto(url);
    return;
  }
  void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const loaded = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
    if (loaded === `complete ${url}`) return;
    await sleep(50);
  }
  throw new Error(`extension page did not load: ${url}`);
}

/** Flags that stop Chromium's own background traffic, so any request the trap sees is ours. */
const CHROMIUM_QUIET_ARGS = [
  '--no-sandbox', // the tests run as root in CI
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
  '--disable-quic',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
  '--disable-dev-shm-usage',
];

async function launchChromium(extensionDir: string, proxyPort: number): Promise<ExtensionSession> {
  const browser = await puppeteer.launch({
    executablePath: BROWSER_EXECUTABLES.chromium,
    headless: true,
    // installExtension needs the pipe transport and --enable-unsafe-extension-debugging (enableExtensions).
    pipe: true,
    enableExtensions: true,
    args: [...CHROMIUM_QUIET_ARGS, `--proxy-server=http://127.0.0.1:${proxyPort}`],
  });
  const id = await browser.installExtension(extensionDir);
  const extensionOrigin = `chrome-extension://${id}`;
  return {
    name: 'chromium',
    browser,
    extensionOrigin,
    // Chrome: ask the service worker itself.
    async badgeText(tabId) {
      const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`${extensionOrigin}/`));
      const worker = await target.worker();
      if (!worker) throw new Error('extension service worker not available');
      return worker.evaluate((id: number) => (globalThis as unknown as ExtensionGlobals).chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async stopBackground() {
      const isOurWorker = (t: { type(): string; url(): string }): boolean => t.type() === 'service_worker' && t.url().startsWith(`${extensionOrigin}/`);
      const worker = await (await browser.waitForTarget(isOurWorker)).worker();
      await worker?.close();
      const deadline = Date.now() + 10_000;
      while (browser.targets().some(isOurWorker)) {
        if (Date.now() > deadline) throw new Error('the service worker did not stop');
        await sleep(50);
      }
    },
    close: () => browser.close(),
  };
}

/** Firefox preferences: route everything to the trap and keep Firefox's own services quiet. */
function firefoxPrefs(proxyPort: number, geckoId: string, uuid: string): Record<string, unknown> {
  return {
    // Fix the extension's moz-extension:// UUID so the tests can open its pages.
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'media.gmp-gmpopenh264.enabled': false,
    'browser.ping-centre.telemetry': false,
  };
}

async function launchFirefox(extensionDir: string, proxyPort: number): Promise<ExtensionSession> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: BROWSER_EXECUTABLES.firefox,
    headless: true,
    // Firefox 153+ lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(proxyPort, geckoId, uuid),
  });
  await browser.installExtension(extensionDir);
  return {
    name: 'firefox',
    browser,
    extensionOrigin: `moz-extension://${uuid}`,
    // Firefox: no background target to drive; an extension page has the same API.
    stopBackground: () => terminateFirefoxBackground(browser, geckoId),
    badgeText: (tabId, extensionPage) =>
      extensionPage.evaluate((id: number) => (globalThis as unknown as ExtensionGlobals).browser.action.getBadgeText({ tabId: id }), tabId),
    close: () => browser.close(),
  };
}

/** What WebDriver BiDi answers, as far as these helpers read it. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { contexts?: { context: string }[]; result?: { value?: unknown } } }>;
}

/**
 * Firefox: stops the event page the way about:debugging's "Terminate background script" does,
 * by running privileged code in the browser window (allowed by --remote-allow-system-access).
 * puppeteer has no API for it, so this talks WebDriver BiDi directly.
 */
async function terminateFirefoxBackground(browser: Browser, geckoId: string): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts?.[0]?.context;
  if (!context) throw new Error('no Firefox browser window to run privileged code in');
  const expression = `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(geckoId)});
    await extension.terminateBackground();
    return extension.backgroundState;
  })()`;
  const reply = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  const state = reply.result.result?.value;
  if (state !== 'stopped') throw new Error(`the Firefox background did not stop (state: ${String(state)})`);
}

export function launchWithExtension(name: BrowserName, extensionDir: string, proxyPort: number): Promise<ExtensionSession> {
  return name === 'chromium' ? launchChromium(extensionDir, proxyPort) : launchFirefox(extensionDir, proxyPort);
}
