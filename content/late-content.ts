// Articles rendered after document_idle (client-side apps, lazy "read more"): watch the DOM and
// ask for a re-analysis once it has been quiet for a while, a bounded number of times.

/** Re-analyse after the DOM has been quiet this long (ms). */
export const MUTATION_QUIET_MS = 1500;
/** ... or at the latest this long after the first unhandled change, on pages that never settle (ms). */
export const MUTATION_MAX_WAIT_MS = 8000;
/** Re-analyses per page (URL); after that the observer stops. Settles that change nothing (a ticking clock) do not count. */
export const MAX_LATE_RERUNS = 3;

export interface LateContentWatch {
  target: Node;
  /** Called when the DOM has settled after changes; returns whether it re-analysed the page. */
  onSettled: () => boolean;
  quietMs?: number;
  maxWaitMs?: number;
  maxRuns?: number;
}

/** Returns `reset()`, which re-arms the watch (for a new page in a single-page app). */
export function init(signal: AbortSignal, watch: LateContentWatch): { reset: () => void } {
  const maxRuns = watch.maxRuns ?? MAX_LATE_RERUNS;
  let runs = 0;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  const fire = (): void => {
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
    quietTimer = maxTimer = undefined;
    if (signal.aborted || !watch.onSettled()) return;
    runs++;
    if (runs >= maxRuns) observer.disconnect();
  };
  const observer = new MutationObserver((records) => {
    // Only added content can bring an article; removals and attribute flips are noise.
    if (!records.some((r) => r.addedNodes.length > 0 || r.type === 'characterData')) return;
    clearTimeout(quietTimer);
    quietTimer = setTimeout(fire, watch.quietMs ?? MUTATION_QUIET_MS);
    maxTimer ??= setTimeout(fire, watch.maxWaitMs ?? MUTATION_MAX_WAIT_MS);
  });
  const observe = (): void => observer.observe(watch.target, { childList: true, subtree: true, characterData: true });
  observe();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
  }, { once: true });
  return {
    reset: () => {
      if (signal.aborted) return;
      runs = 0;
      observer.disconnect();
      observe();
    },
  };
}
