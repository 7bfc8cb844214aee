import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { init, pageKey } from './navigation.ts';

describe('SPA navigation watch', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ignores fragments', () => {
    expect(pageKey('https://a.example/news/1#comments')).toBe('https://a.example/news/1');
  });

  it('reports a new URL once, after it settles, and stops when aborted', () => {
    let url = 'https://a.example/news/1';
    const seen: string[] = [];
    const controller = new AbortController();
    init(controller.signal, { getUrl: () => url, onNavigate: (u) => seen.push(u), pollMs: 100, settleMs: 500 });
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
    url = 'https://a.example/news/1#top';
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
    url = 'https://a.example/news/2';
    vi.advanceTimersByTime(300);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['https://a.example/news/2']);
    controller.abort();
    url = 'https://a.example/news/3';
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual(['https://a.example/news/2']);
  });
});
