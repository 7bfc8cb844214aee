// Single-page apps change the article without loading a page: watch the URL (a cheap poll, since
// content scripts cannot see the page's own history.pushState calls) plus popstate, and report a
// new URL once the new view has had time to render.

/** How often the URL is compared (ms). */
export const URL_POLL_MS = 1000;
/** Wait this long after a URL change before re-analysing, so the new article can render (ms). */
export const NAVIGATION_SETTLE_MS = 1500;

/** The URL without its #fragment: jumping to an anchor is not a new article. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export interface NavigationWatch {
  getUrl: () => string;
  onNavigate: (url: string) => void;
  win?: Pick<Window, 'addEventListener'>;
  pollMs?: number;
  settleMs?: number;
}

export function init(signal: AbortSignal, watch: NavigationWatch): void {
  let lastKey = pageKey(watch.getUrl());
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    const url = watch.getUrl();
    const key = pageKey(url);
    if (key === lastKey) return;
    lastKey = key;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      if (!signal.aborted) watch.onNavigate(url);
    }, watch.settleMs ?? NAVIGATION_SETTLE_MS);
  };
  const poll = setInterval(check, watch.pollMs ?? URL_POLL_MS);
  watch.win?.addEventListener('popstate', check, { signal });
  signal.addEventListener('abort', () => {
    clearInterval(poll);
    clearTimeout(settleTimer);
  }, { once: true });
}
