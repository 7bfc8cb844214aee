// Chunked annotation gives the core's own result on repeated real text, with progress in order.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, type AnnotateResult, type DramatisIndex } from '../core/index.ts';
import { realIndex } from '../../tests/unit/real-index.ts';
import { SEED_ARTICLE } from '../../tests/e2e/fixtures/article-page.ts';
import { annotateInChunks, chunkRanges } from './chunked-annotate.ts';

let index: DramatisIndex;
beforeAll(async () => {
  index = await realIndex();
});

const summary = (r: AnnotateResult): string[] => [...r.people, ...r.places].map((e) => `${e.id}:${e.mentions.length}:${e.mentions[0]!.start}`);

describe('chunkRanges', () => {
  it('covers the text without gaps, cutting after paragraph breaks', () => {
    const text = 'aaaa\n\nbbbb\n\ncccc';
    expect(chunkRanges(text, 3)).toEqual([[0, 6], [6, 12], [12, 16]]);
    expect(chunkRanges('no breaks at all', 3)).toEqual([[0, 16]]);
    expect(chunkRanges('', 3)).toEqual([]);
  });
});

describe('annotateInChunks', () => {
  const seed = readFileSync(SEED_ARTICLE, 'utf8');

  it('is the core itself below the threshold', async () => {
    expect(await annotateInChunks(seed, index)).toEqual(annotate(seed, index));
  });

  it('matches the single-call result on 20 copies of the seed, and reports progress', async () => {
    const text = Array(20).fill(seed).join('\n\n');
    const whole = annotate(text, index);
    const progress: number[] = [];
    const chunked = await annotateInChunks(text, index, (done, total) => void progress.push(done / total), { chunkedAboveChars: 10_000, chunkChars: 12_000 });
    expect(summary(chunked)).toEqual(summary(whole));
    for (const e of [...chunked.people, ...chunked.places]) {
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(progress.length).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    const obama = chunked.people.find((p) => p.wikidata === 'Q76');
    expect(obama?.mentions.length).toBe(20 * annotate(seed, index).people.find((p) => p.wikidata === 'Q76')!.mentions.length);
  });
});
