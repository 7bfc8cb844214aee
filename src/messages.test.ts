// The message contract's validation for the reader features' messages (highlightAll, getParagraphs).
import { describe, expect, it } from 'vitest';
import { parseMessage } from './messages.ts';

describe('parseMessage: highlightAll and getParagraphs', () => {
  it('accepts well-formed messages and keeps only their known fields', () => {
    expect(parseMessage({ type: 'highlightAll', people: true, places: false, extra: 1 })).toEqual({
      ok: true,
      message: { type: 'highlightAll', people: true, places: false },
    });
    expect(parseMessage({ type: 'getParagraphs' })).toEqual({ ok: true, message: { type: 'getParagraphs' } });
  });

  it('rejects highlightAll without boolean flags', () => {
    for (const raw of [{ type: 'highlightAll' }, { type: 'highlightAll', people: 'yes', places: true }, { type: 'highlightAll', people: true }]) {
      const parsed = parseMessage(raw);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/malformed highlightAll message/);
    }
  });
});
