// Detection and extraction on Mozilla Readability's real-page corpus (../shared), with the
// targets of the issue. The corpus is shared read-only data outside the repo.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CORPUS_DIR, TARGET_AGREEMENT, TARGET_COVERAGE, TARGET_EXTRA, compareWords, evaluateCorpusAsync, expectedText, formatReport,
  type CorpusSummary, type PageRow,
} from '../../scripts/readability-corpus.ts';

const haveCorpus = fs.existsSync(CORPUS_DIR);
if (!haveCorpus) console.warn(`readability corpus not found at ${CORPUS_DIR}: corpus tests skipped`);

describe('word comparison', () => {
  it('counts coverage and extra words as bags of words', () => {
    expect(compareWords('a b c d', 'a b c d')).toEqual({ coverage: 1, extra: 0 });
    expect(compareWords('a b c d', 'a b')).toEqual({ coverage: 0.5, extra: 0 });
    expect(compareWords('a b', 'a b x y')).toEqual({ coverage: 1, extra: 0.5 });
    expect(compareWords('Sudan Sudan', 'sudan')).toEqual({ coverage: 0.5, extra: 0 });
    expect(compareWords('两会', '两')).toEqual({ coverage: 0.5, extra: 0 });
    // Headline words are allowed, not required.
    expect(compareWords('a b', 'Title a b', 'the title')).toEqual({ coverage: 1, extra: 0 });
    expect(compareWords('a b', 'a b', 'the title')).toEqual({ coverage: 1, extra: 0 });
    expect(compareWords('a b', 'title title a b', 'title')).toEqual({ coverage: 1, extra: 0.25 });
  });
  it('keeps the words of adjacent blocks apart in expected.html', () => {
    expect(expectedText('<div><p>one</p><p>two</p></div>').split(/\s+/).filter(Boolean)).toEqual(['one', 'two']);
  });
});

describe.skipIf(!haveCorpus)('readability corpus', () => {
  let rows: PageRow[] = [];
  let summary: CorpusSummary | undefined;
  // Async, page by page: a minute of synchronous work would starve the test worker's messaging.
  beforeAll(async () => {
    ({ rows, summary } = await evaluateCorpusAsync());
  }, 300_000);

  it('covers every page folder', () => {
    expect(summary!.pages).toBe(fs.readdirSync(CORPUS_DIR).filter((d) => fs.existsSync(`${CORPUS_DIR}/${d}/source.html`)).length);
    expect(summary!.pages).toBeGreaterThanOrEqual(130);
  });

  it(`agrees with the article truth on at least ${TARGET_AGREEMENT * 100}% of pages`, () => {
    console.log(formatReport(rows, summary!));
    expect(summary!.adjustedAgreement).toBeGreaterThanOrEqual(TARGET_AGREEMENT);
    expect(summary!.rawAgreement).toBeGreaterThanOrEqual(0.9);
    for (const page of ['nytimes-5', 'mozilla-1', 'wikipedia', 'wikipedia-2']) {
      expect(rows.find((r) => r.page === page)?.isArticle, page).toBe(false);
    }
    for (const page of ['nytimes-1', 'wapo-1', 'telegraph', 'bbc-1', 'lemonde-1', 'youth']) {
      expect(rows.find((r) => r.page === page)?.isArticle, page).toBe(true);
    }
  });

  it('extracts the article words of readerable pages and little else', () => {
    expect(summary!.extractionPages).toBeGreaterThanOrEqual(120);
    expect(summary!.meanCoverage).toBeGreaterThanOrEqual(TARGET_COVERAGE);
    expect(summary!.meanExtra).toBeLessThanOrEqual(TARGET_EXTRA);
    // Per page too: a mean hides one page that analyses the whole site around its article.
    expect(summary!.extractionFailures).toEqual([]);
  });

  it('detects the language of the non-English news pages', () => {
    const lang = (page: string) => rows.find((r) => r.page === page)?.lang.split('-')[0];
    expect(lang('lemonde-1')).toBe('fr');
    expect(lang('la-nacion')).toBe('es'); // declares nothing
    expect(lang('youth')).toBe('zh'); // declares nothing
    expect(lang('yahoo-4')).toBe('ja');
    expect(lang('nytimes-1')).toBe('en');
  });
});
