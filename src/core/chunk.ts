// Stage 3 — chunk: group capitalised words into name chunks ("Jordan Shilton", "Recep Tayyip Erdogan"),
// split off the cue words around them (titles such as "President", demonyms such as "Turkish"), and
// keep multi-word index keys whole ("Bosnia and Herzegovina"). Each chunk is later read as one name,
// as a person the index lacks, or as the separate keys inside it.

import type { DramatisIndex } from './index-format.ts';
import { NAME_PARTICLES, PERSON_TITLES, PLACE_MODIFIERS, TITLE_PHRASES } from './lexicon.ts';
import type { KeySpan } from './match.ts';
import { Gap, Shape, isCapitalised, type Token } from './normalise.ts';

export const CueKind = {
  None: 0,
  Title: 1, // "President", "Mr", "Secretary of State"
  Demonym: 2, // "Turkish", "Syrian"
} as const;
export type CueKind = (typeof CueKind)[keyof typeof CueKind];

export interface Chunk {
  /** Token range [first, last] inclusive. */
  first: number;
  last: number;
  /** Key spans lying wholly inside the chunk, in order. */
  spans: KeySpan[];
}

/** Title phrases by their first word, so each capitalised word is checked against its own few. */
const TITLE_PHRASES_BY_FIRST_WORD = new Map<string, readonly string[][]>();
for (const phrase of TITLE_PHRASES) {
  TITLE_PHRASES_BY_FIRST_WORD.set(phrase[0]!, [...(TITLE_PHRASES_BY_FIRST_WORD.get(phrase[0]!) ?? []), phrase]);
}

/** Marks title words/phrases and demonyms, which name nobody themselves but tell who follows. */
export function markCues(tokens: readonly Token[], index: DramatisIndex): Uint8Array {
  const cues = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.shape === Shape.Lower || t.shape === Shape.Other) continue;
    if (PERSON_TITLES.has(t.norm)) cues[i] = CueKind.Title;
    else if (index.isDemonym(t.norm)) {
      cues[i] = CueKind.Demonym;
      // "South Korean", "North-African", "Central Asian": the compass word belongs to the adjective.
      const prev = tokens[i - 1];
      if (prev && t.gap <= Gap.Hyphen && PLACE_MODIFIERS.has(prev.norm) && prev.shape === Shape.Title) cues[i - 1] = CueKind.Demonym;
    }
    const phrases = TITLE_PHRASES_BY_FIRST_WORD.get(t.norm);
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      if (i + phrase.length > tokens.length) continue;
      if (phrase.every((word, k) => tokens[i + k]!.norm === word && (k === 0 || tokens[i + k]!.gap === Gap.Space))) {
        for (let k = 0; k < phrase.length; k++) cues[i + k] = CueKind.Title;
      }
    }
  }
  return cues;
}

/**
 * Is token j part of a name? Capitalised words are; so is a lower-case word hyphened to a capitalised
 * one when it is no English word: the second half of "Lee Jae-myung" (but not of "US-backed").
 */
export function isNamePart(tokens: readonly Token[], j: number, index: DramatisIndex): boolean {
  const t = tokens[j]!;
  if (isCapitalised(t)) return true;
  return t.shape === Shape.Lower && t.gap === Gap.Hyphen && j > 0 && tokens[j - 1]!.shape === Shape.Title && !index.isCommonWord(t.norm);
}

/**
 * Builds the name chunks. A key span that is longer than one word always stays whole, even across a
 * lower-case word or a cue ("Bosnia and Herzegovina", "General Santos"); other chunks are runs of
 * capitalised words joined by spaces or hyphens, with name particles allowed inside ("Bashar al-Assad").
 */
export function buildChunks(
  tokens: readonly Token[],
  spans: readonly KeySpan[],
  cues: Uint8Array,
  index: DramatisIndex,
): Chunk[] {
  const spanStartingAt = new Map<number, KeySpan>();
  for (const s of spans) spanStartingAt.set(s.first, s);
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const span = spanStartingAt.get(i);
    // A multi-word key that a plain chunk could not hold stays whole.
    if (span && span.last > span.first && (!isCapitalised(t) || !plainChunkCovers(tokens, cues, span))) {
      chunks.push({ first: span.first, last: span.last, spans: [span] });
      i = span.last + 1;
      continue;
    }
    if (!isCapitalised(t) || cues[i] !== CueKind.None) {
      i++;
      continue;
    }
    // A capitalised common word opening a sentence is just a capital ("Even", "The"), unless a key starts there.
    if (t.sentenceStart && !(span && span.last > span.first) && index.isCommonWord(t.norm)) {
      i++;
      continue;
    }
    let last = i;
    for (let j = i + 1; j < tokens.length; j++) {
      const u = tokens[j]!;
      if (u.gap > Gap.Hyphen || cues[j] !== CueKind.None) break;
      // In a title-case headline an everyday word ends the name ("Obama Admits...").
      if (u.sentenceStart && index.isCommonWord(u.norm) && !spanStartingAt.has(j)) break;
      if (isNamePart(tokens, j, index)) {
        last = j;
        continue;
      }
      // A particle may sit inside a name when a capitalised word follows it.
      const after = tokens[j + 1];
      if (u.shape === Shape.Lower && NAME_PARTICLES.has(u.norm) && after && after.gap <= Gap.Hyphen && isCapitalised(after)) continue;
      break;
    }
    chunks.push({ first: i, last, spans: [] });
    i = last + 1;
  }
  // Attach the key spans to the chunks that hold them.
  let s = 0;
  for (const chunk of chunks) {
    if (chunk.spans.length) continue;
    while (s < spans.length && spans[s]!.first < chunk.first) s++;
    for (let k = s; k < spans.length && spans[k]!.last <= chunk.last; k++) {
      if (spans[k]!.first >= chunk.first) chunk.spans.push(spans[k]!);
    }
  }
  return chunks;
}

/** Would the ordinary chunk rule (capitals, particles, no cues) keep this span in one chunk? */
function plainChunkCovers(tokens: readonly Token[], cues: Uint8Array, span: KeySpan): boolean {
  for (let j = span.first; j <= span.last; j++) {
    const u = tokens[j]!;
    if (cues[j] !== CueKind.None) return false;
    if (!isCapitalised(u) && !NAME_PARTICLES.has(u.norm)) return false;
  }
  return true;
}
