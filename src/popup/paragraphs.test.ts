import { describe, expect, it } from 'vitest';
import { paragraphOf, paragraphStarts } from './paragraphs.ts';

describe('paragraph numbers', () => {
  const text = 'Title\n\nFirst para.\nStill first.\n\n\nSecond para.\n\nThird.';

  it('starts a paragraph after each blank-line break, however many newlines', () => {
    const starts = paragraphStarts(text);
    expect(starts.map((s) => text.slice(s, s + 5))).toEqual(['Title', 'First', 'Secon', 'Third']);
  });

  it('numbers offsets from 1, a single newline does not start a paragraph', () => {
    const starts = paragraphStarts(text);
    expect(paragraphOf(starts, 0)).toBe(1);
    expect(paragraphOf(starts, text.indexOf('First'))).toBe(2);
    expect(paragraphOf(starts, text.indexOf('Still'))).toBe(2);
    expect(paragraphOf(starts, text.indexOf('Second'))).toBe(3);
    expect(paragraphOf(starts, text.indexOf('Third') + 3)).toBe(4);
  });

  it('handles text without breaks and a trailing break', () => {
    expect(paragraphStarts('one paragraph')).toEqual([0]);
    expect(paragraphStarts('one\n\n')).toEqual([0]);
    expect(paragraphOf([0], 1000)).toBe(1);
  });
});
