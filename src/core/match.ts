// Stage 2 — match: one left-to-right pass over the tokens that finds every span whose folded text is
// an index key, longest first ("Saudi Arabia", never "Arabia" inside it). The index's sorted keys
// tell at each step whether a longer key could still follow, so a span grows only while it can.

import { MAX_KEY_TOKENS, type DramatisIndex } from './index-format.ts';
import { isNamePart } from './chunk.ts';
import { NAME_PARTICLES } from './lexicon.ts';
import { Gap, Shape, isCapitalised, type Token } from './normalise.ts';

export interface KeySpan {
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  /** Key number in the index. */
  key: number;
}

/** Can a name start at this token? Capitalised words, and particles such as "al-" before a capital. */
function canStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isCapitalised(t)) return true;
  const next = tokens[i + 1];
  return (
    t.shape === Shape.Lower &&
    NAME_PARTICLES.has(t.norm) &&
    next !== undefined &&
    next.gap <= Gap.Hyphen &&
    isCapitalised(next)
  );
}

/** All longest non-overlapping key spans, in text order. */
export function matchKeys(tokens: readonly Token[], index: DramatisIndex): KeySpan[] {
  const spans: KeySpan[] = [];
  // An article repeats its names: look each folded word sequence up once.
  const seen = new Map<string, number>();
  const lookup = (query: string): number => {
    let found = seen.get(query);
    if (found === undefined) seen.set(query, (found = index.lookupPacked(query)));
    return found;
  };
  let i = 0;
  while (i < tokens.length) {
    if (!canStart(tokens, i)) {
      i++;
      continue;
    }
    // A key may end on a name word only ("Bosnia and Herzegovina", never "Bosnia and").
    let query = tokens[i]!.norm;
    let best: KeySpan | undefined;
    // Packed look-up: (key + 1) * 2 + (a longer key extends it ? 1 : 0).
    let found = lookup(query);
    if (found >= 2 && isNamePart(tokens, i, index)) best = { first: i, last: i, key: (found >>> 1) - 1 };
    for (let j = i + 1; (found & 1) === 1 && j < tokens.length && j - i < MAX_KEY_TOKENS; j++) {
      const t = tokens[j]!;
      if (t.gap > Gap.Hyphen) break;
      query += ' ' + t.norm;
      found = lookup(query);
      if (found >= 2 && isNamePart(tokens, j, index)) best = { first: i, last: j, key: (found >>> 1) - 1 };
    }
    if (best) {
      spans.push(best);
      i = best.last + 1;
    } else {
      i++;
    }
  }
  return spans;
}
