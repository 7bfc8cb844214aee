// The real painting is checked in real browsers (tests/e2e); here, the bookkeeping around the
// registry, with a minimal stand-in for CSS.highlights where Node has none.
import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_ALL, HIGHLIGHT_CSS, HIGHLIGHT_CURRENT, clearHighlights, init, showHighlights, supportsHighlights } from './highlight.ts';
import { htmlDocument } from './test-dom.ts';

const globals = globalThis as Record<string, unknown>;

afterEach(() => {
  delete globals.CSS;
  delete globals.Highlight;
});

describe('highlights', () => {
  it('degrades quietly where the Custom Highlight API is missing', () => {
    expect(supportsHighlights()).toBe(false);
    expect(showHighlights({} as Range)).toBe(false);
    expect(() => clearHighlights()).not.toThrow();
  });

  it('styles both highlight names', () => {
    expect(HIGHLIGHT_CSS).toContain(`::highlight(${HIGHLIGHT_CURRENT})`);
    expect(HIGHLIGHT_CSS).toContain(`::highlight(${HIGHLIGHT_ALL})`);
  });

  it('sets the current and other mentions, clears on Escape and on abort, without touching the DOM', () => {
    const registry = new Map<string, { ranges: unknown[] }>();
    globals.CSS = { highlights: registry };
    globals.Highlight = class {
      ranges: unknown[];
      constructor(...ranges: unknown[]) {
        this.ranges = ranges;
      }
    };
    const doc = htmlDocument('<p>Ankara</p>');
    const before = doc.documentElement.outerHTML;
    const controller = new AbortController();
    init(controller.signal, doc);
    const current = { id: 'current' } as unknown as Range;
    const other = { id: 'other' } as unknown as Range;
    expect(showHighlights(current, [current, other])).toBe(true);
    expect(registry.get(HIGHLIGHT_CURRENT)?.ranges).toEqual([current]);
    expect(registry.get(HIGHLIGHT_ALL)?.ranges).toEqual([current, other]);
    const escape = new (doc.defaultView as unknown as { Event: typeof Event }).Event('keydown');
    Object.defineProperty(escape, 'key', { value: 'Escape' });
    doc.dispatchEvent(escape);
    expect(registry.size).toBe(0);
    showHighlights(current);
    controller.abort();
    expect(registry.size).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
