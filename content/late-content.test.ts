import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { init } from './late-content.ts';
import { htmlDocument } from './test-dom.ts';

// linkedom's MutationObserver delivers records on a microtask like a browser's.
const flush = async () => {
  await Promise.resolve();
  await Promise.resolve();
};

describe('late content watch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once the DOM is quiet, at most maxRuns times', async () => {
    const doc = htmlDocument('<main></main>');
    (globalThis as { MutationObserver?: unknown }).MutationObserver ??= (doc.defaultView as unknown as { MutationObserver: unknown }).MutationObserver;
    const main = doc.querySelector('main')!;
    let settled = 0;
    const controller = new AbortController();
    init(controller.signal, { target: doc.body, onSettled: () => (settled++, true), quietMs: 100, maxWaitMs: 1000, maxRuns: 2 });
    for (let run = 0; run < 4; run++) {
      main.appendChild(doc.createElement('p')).textContent = `paragraph ${run}`;
      await flush();
      vi.advanceTimersByTime(50);
      expect(settled).toBe(Math.min(run, 2));
      vi.advanceTimersByTime(100);
      expect(settled).toBe(Math.min(run + 1, 2));
    }
    controller.abort();
  });

  it('settles that re-analyse nothing (a ticking clock) do not use up the budget', async () => {
    const doc = htmlDocument('<main></main>');
    (globalThis as { MutationObserver?: unknown }).MutationObserver = (doc.defaultView as unknown as { MutationObserver: unknown }).MutationObserver;
    const main = doc.querySelector('main')!;
    let settled = 0;
    let rerun = false;
    const controller = new AbortController();
    init(controller.signal, { target: doc.body, onSettled: () => (settled++, rerun), quietMs: 100, maxWaitMs: 1000, maxRuns: 1 });
    for (let tick = 0; tick < 3; tick++) {
      main.appendChild(doc.createElement('span')).textContent = `${tick}`;
      await flush();
      vi.advanceTimersByTime(150);
    }
    expect(settled).toBe(3);
    rerun = true;
    main.appendChild(doc.createElement('p')).textContent = 'the article';
    await flush();
    vi.advanceTimersByTime(150);
    expect(settled).toBe(4);
    // The one counted re-analysis used the budget: the watch has stopped.
    main.appendChild(doc.createElement('p')).textContent = 'more';
    await flush();
    vi.advanceTimersByTime(1500);
    expect(settled).toBe(4);
    controller.abort();
  });
});
