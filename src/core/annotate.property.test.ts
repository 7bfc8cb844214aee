// Property: on any Unicode input the core never throws and every mention's offsets slice to its text.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { realIndex } from '../../tests/unit/real-index.ts';
import { annotate } from './annotate.ts';
import type { DramatisIndex } from './index-format.ts';

let index: DramatisIndex;
beforeAll(async () => {
  index = await realIndex();
});

// Name-like words mixed into arbitrary text, so the linker's paths are exercised, not just the tokenizer.
const nameLike = fc.constantFrom('Obama', 'Barack Obama', 'Washington', 'Post', 'US', 'U.S.', 'al-Assad', 'Jordan', 'Shilton',
  'Erdoğan', 'Saudi Arabia', 'President', 'said', 'in', 'of', 'Syrian', '’s', '\u200f', '\u0301', 'ﷺ', '\n\n', '. ');
const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }), nameLike);

function checkOffsets(text: string) {
  const r = annotate(text, index);
  for (const e of [...r.people, ...r.places]) {
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.start).toBeLessThan(m.end);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
}

describe('annotate properties', () => {
  it('never throws and keeps offsets exact on arbitrary Unicode mixed with names', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' ')), checkOffsets), { numRuns: 400 });
  });

  it('handles right-to-left text, combining marks and a 1 MB single line', () => {
    checkOffsets('الرئيس بشار الأسد في دمشق Assad met Putin in Damascus ַּ' + 'e\u0301'.repeat(50));
    const line = 'Obama met Erdogan in Ankara, US officials said; '.repeat(22_000);
    expect(line.length).toBeGreaterThan(1_000_000);
    const r = annotate(line, index);
    expect(r.places.find((p) => p.wikidata === 'Q3640')?.mentions.length).toBe(22_000);
  });

  it('returns nothing for empty or non-string input', () => {
    expect(annotate('', index)).toEqual({ people: [], places: [] });
    expect(annotate(undefined as unknown as string, index)).toEqual({ people: [], places: [] });
  });
});
