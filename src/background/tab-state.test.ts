// The compact stored form of a tab state gives back exactly the state that was stored.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { annotate } from '../core/index.ts';
import { realIndex } from '../../tests/unit/real-index.ts';
import { SEED_ARTICLE } from '../../tests/e2e/fixtures/article-page.ts';
import type { TabState } from '../messages.ts';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { packTabState, unpackTabState } = await import('./tab-state.ts');

describe('stored tab state', () => {
  it('round-trips a real result and is much smaller than the plain JSON', async () => {
    const text = Array(40).fill(readFileSync(SEED_ARTICLE, 'utf8')).join('\n\n');
    const state: TabState = {
      status: 'done',
      url: 'https://example.org/a',
      article: { isArticle: true, reason: 'json-ld', title: 'T', lang: 'en', textLength: text.length },
      result: annotate(text, await realIndex()),
      annotateMs: 12,
    };
    const packed = packTabState(state);
    expect(unpackTabState(JSON.parse(JSON.stringify(packed)))).toEqual(state);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(state).length / 2.5);
    // What is stored of the text: mention forms (names), never the text around them.
    const stored = JSON.stringify(packed);
    expect(stored).not.toContain(text.slice(2000, 2060));
  });

  it('leaves states without a result as they are', () => {
    const state: TabState = { status: 'error', url: 'u', message: 'index damaged — reinstall' };
    expect(unpackTabState(packTabState(state))).toEqual(state);
  });
});
