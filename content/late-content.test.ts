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
    init(controller.signal, { target: doc.body, onSettled: () => settled++, quietMs: 100, maxWaitMs: 1000, maxRuns: 2 });
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
});
