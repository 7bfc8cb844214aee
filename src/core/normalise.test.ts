import { describe, expect, it } from 'vitest';
import { Gap, Shape, foldWord, normaliseKey, tokenize } from './normalise.ts';

describe('foldWord', () => {
  it('drops case, accents and apostrophes', () => {
    expect(foldWord('Erdoğan')).toBe('erdogan');
    expect(foldWord('I‘zāz')).toBe('izaz');
    expect(foldWord('Jarābulus')).toBe('jarabulus');
    expect(foldWord('Łódź')).toBe('lodz');
    expect(foldWord('Straße')).toBe('strasse');
    expect(foldWord('U.S.')).toBe('us');
  });
});

describe('tokenize', () => {
  it('keeps exact offsets, drops possessives and records shapes', () => {
    const text = 'Washington’s ally, the U.S. President Barack Obama, met al-Assad.';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    const washington = tokens[0]!;
    expect(text.slice(washington.start, washington.end)).toBe('Washington');
    expect(washington.sentenceStart).toBe(true);
    const us = tokens.find((t) => t.norm === 'us')!;
    expect(text.slice(us.start, us.end)).toBe('U.S.');
    expect(us.shape).toBe(Shape.Upper);
    const president = tokens.find((t) => t.norm === 'president')!;
    expect(president.shape).toBe(Shape.Title);
    expect(president.sentenceStart).toBe(false);
    const assad = tokens.find((t) => t.norm === 'assad')!;
    expect(assad.gap).toBe(Gap.Hyphen);
    const the = tokens.find((t) => t.norm === 'the')!;
    expect(the.gap).toBe(Gap.Comma);
    expect(the.shape).toBe(Shape.Lower);
  });

  it('marks sentence starts after full stops, quotes and paragraph breaks', () => {
    const tokens = tokenize('He left. Nice weather.\n\nSplit is\na city. “Obama said');
    const starts = tokens.filter((t) => t.sentenceStart).map((t) => t.norm);
    expect(starts).toEqual(['he', 'nice', 'split', 'obama']);
    const a = tokens.find((t) => t.norm === 'a')!;
    expect(a.gap).toBe(Gap.Space);
  });

  it('handles empty and caseless text', () => {
    expect(tokenize('')).toEqual([]);
    const t = tokenize('北京 2016');
    expect(t.map((x) => x.shape)).toEqual([Shape.Other, Shape.Other]);
  });
});

describe('normaliseKey', () => {
  it('makes the same key for spelling variants', () => {
    expect(normaliseKey('Bashar al-Assad')).toBe('bashar al assad');
    expect(normaliseKey('Recep Tayyip Erdoğan')).toBe(normaliseKey('Recep Tayyip Erdogan'));
    expect(normaliseKey('Washington, D.C.')).toBe('washington dc');
    expect(normaliseKey("Cote d'Ivoire")).toBe('cote divoire');
  });
});
