// The core pipeline, text → people and places, one named stage after another:
//   normalise (tokens) → match (index keys) → chunk (names and cues) → link (choose readings, one
//   sense per article) → corefer (surnames join full names) → rank (entities by salience).
// Pure: no browser or Node APIs; the worker, CLI, tests, eval and bench all call this.

import { buildChunks, markCues } from './chunk.ts';
import { corefer } from './corefer.ts';
import type { DramatisIndex } from './index-format.ts';
import { harmonise, readChunks, resolveByScore } from './link.ts';
import { matchKeys } from './match.ts';
import { tokenize } from './normalise.ts';
import { rank } from './rank.ts';
import type { AnnotateResult } from './types.ts';

export function annotate(text: string, index: DramatisIndex): AnnotateResult {
  if (typeof text !== 'string' || text.length === 0) return { people: [], places: [] };
  const tokens = tokenize(text);
  const spans = matchKeys(tokens, index);
  const cues = markCues(tokens, index);
  const chunks = buildChunks(tokens, spans, cues, index);
  const candidates = readChunks(text, tokens, chunks, cues, index);
  resolveByScore(candidates);
  harmonise(candidates);
  corefer(candidates, tokens, index);
  return rank(text, candidates, index);
}
