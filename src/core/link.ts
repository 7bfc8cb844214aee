// Stage 4 — link: read each name chunk in its context and choose what it names: an index entry
// (scored by alias strength, popularity prior and context cues), a person the index lacks, or nothing.
// All the tuning lives in the constants below.

import type { AliasKind } from './types.ts';
import { CueKind, isNamePart, type Chunk } from './chunk.ts';
import type { DramatisIndex } from './index-format.ts';
import { INSTITUTION_NOUNS, MEDIA_HEADS, MEDIA_NOUNS, NAME_PARTICLES, NOT_NAME_WORDS, ORGANISATION_HEADS, ORGANISATION_OF_HEADS, PLACE_MODIFIERS, PERSON_TITLES, PERSON_VERBS, PLACE_PREPOSITIONS } from './lexicon.ts';
import type { KeySpan } from './match.ts';
import { Gap, Shape, isCapitalised, type Token } from './normalise.ts';

/** Score of a reading before context, by how the key names the entity. */
export const ALIAS_BASE: Record<AliasKind, number> = { name: 1.0, alt: 0.85, short: 0.9, surname: 0.45, given: 0.05 };
/** Weight of the popularity prior (in [0, 1]). */
export const PRIOR_WEIGHT = 1.0;
/** A title before or a speech verb after the name ("President X", "X said"). */
export const PERSON_CUE = 0.6;
/** A place preposition before the name ("in X", "from X") or "-based" after it. */
export const PLACE_CUE = 0.35;
/** Every word of the name is an everyday English word ("Nice", "White House"). */
export const COMMON_WORD_PENALTY = 0.9;
/** ...and it opens a sentence, where its capital proves nothing. */
export const SENTENCE_START_PENALTY = 0.4;
/** An acronym in capitals read as an ordinary word ("ISIS" as the town Isis). */
export const ACRONYM_PENALTY = 1.5;
/** Capitals words up to this long may be acronyms; longer ones are words in capitals ("LONDON"). */
export const ACRONYM_MAX_LENGTH = 4;
/** ...unless the entity is this popular. */
export const ACRONYM_MIN_PRIOR = 0.5;
/** The best reading must reach this to be kept. */
export const ACCEPT_THRESHOLD = 0.7;
/** Only the most popular readings of a very ambiguous key are scored ("Springfield"). */
export const MAX_READINGS = 64;
/** Below this prior, a surname alone needs a person cue to name someone ("Pou", "Buck"). */
export const SURNAME_MIN_PRIOR = 0.45;
/** A word that names a place this popular is not part of an unknown person's name ("Gallup Korea"). */
export const UNKNOWN_NAME_MAX_PLACE_PRIOR = 0.5;
/** Longest name of a person the index lacks, in words. */
export const MAX_UNKNOWN_NAME_WORDS = 4;

export interface Reading {
  entity: number;
  aliasKind: AliasKind;
  score: number;
}

export type Resolution = { kind: 'entity'; entity: number } | { kind: 'unknown'; norm: string; name: string };

export interface Candidate {
  /** Token range [first, last] inclusive, and the matching [start, end) text offsets. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Folded text of the span ("barack obama"). */
  norm: string;
  /** Index key, or -1 for a name the index does not know. */
  key: number;
  /** Scored readings, best first (empty when key is -1). Shared between mentions: never modified. */
  readings: readonly Reading[];
  context: Context;
  resolved?: Resolution;
}

export interface Context {
  personCue: boolean;
  placeCue: boolean;
  /** The words around make this an organisation's name, neither person nor place ("Washington Post"). */
  organisation: boolean;
  /** ...a newspaper or broadcaster, which even a country's name cannot escape ("Jordan Times"). */
  media: boolean;
  /** The name sits inside a longer proper name with unknown words ("Yahoo Japan", "Agence France-Presse"). */
  embedded?: boolean;
}

/** Reads the words around tokens [first, last]. */
export function readContext(tokens: readonly Token[], cues: Uint8Array, first: number, last: number): Context {
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  const next = tokens[last + 1];
  const joinedToPrev = tokens[first]!.gap <= Gap.Hyphen;
  const personCue =
    (prev !== undefined && joinedToPrev && (cues[first - 1] === CueKind.Title || PERSON_TITLES.has(prev.norm))) ||
    (next !== undefined && next.gap <= Gap.Comma && next.shape === Shape.Lower && PERSON_VERBS.has(next.norm));
  const placeCue =
    (prev !== undefined && joinedToPrev && prev.shape === Shape.Lower && PLACE_PREPOSITIONS.has(prev.norm)) ||
    (next !== undefined && next.gap === Gap.Hyphen && next.norm === 'based');
  const headAfter = next !== undefined && next.gap === Gap.Space && isCapitalised(next);
  const media =
    (headAfter && MEDIA_HEADS.has(next!.norm)) ||
    (next !== undefined && next.gap === Gap.Space && next.shape === Shape.Lower && MEDIA_NOUNS.has(next.norm));
  const organisation =
    media ||
    (headAfter && ORGANISATION_HEADS.has(next!.norm)) ||
    (next !== undefined && next.gap === Gap.Space && next.shape === Shape.Lower && INSTITUTION_NOUNS.has(next.norm)) ||
    (prev !== undefined && prev.norm === 'of' && joinedToPrev && isCapitalised(prev2) && ORGANISATION_OF_HEADS.has(prev2!.norm)) ||
    // "University of Texas", "Bank of England": the head word itself is no place either.
    (first === last && next?.norm === 'of' && ORGANISATION_OF_HEADS.has(tokens[first]!.norm)) ||
    // "Stanford University", "Harvard Bank": an organisation's head word after another name.
    (first === last && ORGANISATION_HEADS.has(tokens[first]!.norm) && joinedToPrev && tokens[first]!.gap === Gap.Space && isCapitalised(prev));
  return { personCue, placeCue, organisation, media };
}

/** Scores every reading of a key span in its context, best first. */
export function scoreReadings(
  tokens: readonly Token[],
  span: { first: number; last: number; key: number },
  context: Context,
  index: DramatisIndex,
): Reading[] {
  const single = span.first === span.last;
  const firstToken = tokens[span.first]!;
  // Part of an organisation's name ("Washington Post"): it names neither a place nor a person. A country
  // keeps its reading before an institution of its own ("U.S. Congress", "Russian Army"), not before a paper.
  if (context.media || context.embedded) return [];
  // A lone particle ("Al" in "Al Qaida") is not a name.
  if (single && NAME_PARTICLES.has(firstToken.norm)) return [];
  // Everyday words, unless written in capitals ("US" is no "us").
  let allCommon = true;
  for (let j = span.first; j <= span.last && allCommon; j++) allCommon = tokens[j]!.shape !== Shape.Upper && index.isCommonWord(tokens[j]!.norm);
  const upper = single && firstToken.shape === Shape.Upper;
  // "August", "Republican", "West": alone, such a word names nobody, unless a title makes it a person ("Mrs May").
  const notAName = single && NOT_NAME_WORDS.has(firstToken.norm);
  const readings: Reading[] = [];
  const postings = index.postings(span.key);
  for (let p = 0; p < postings.length && p < MAX_READINGS; p++) {
    const { entity, aliasKind } = postings[p]!;
    if (aliasKind === 'short' && !upper && !tokens.slice(span.first, span.last + 1).every((t) => t.shape === Shape.Upper)) continue;
    const type = index.type(entity);
    if (context.organisation && index.kind(entity) !== 'country') continue;
    // A surname alone reads as a person only for someone well known, or with a title or verb around it.
    if (aliasKind === 'surname' && index.prior(entity) < SURNAME_MIN_PRIOR && !context.personCue) continue;
    if (notAName && (type === 'place' || !context.personCue)) continue;
    let score = ALIAS_BASE[aliasKind] + PRIOR_WEIGHT * index.prior(entity);
    const prior = index.prior(entity);
    // "ISIS" is not the town of Isis, but "LONDON" in a dateline is London.
    if (upper && aliasKind !== 'short' && (firstToken.end - firstToken.start <= ACRONYM_MAX_LENGTH || prior < ACRONYM_MIN_PRIOR)) {
      const name = index.name(entity);
      if (name !== name.toUpperCase()) score -= ACRONYM_PENALTY;
    }
    // An everyday word names a famous place (China, Turkey) far more often than a small one (Well, Congress).
    if (allCommon) {
      // Only a name or surname may be an everyday word ("Trump", "Bush"), never a looser variant ("Great" for Nui).
      if (aliasKind === 'alt' || aliasKind === 'given') continue;
      score -= COMMON_WORD_PENALTY * (1 - prior);
      if (firstToken.sentenceStart) score -= SENTENCE_START_PENALTY * (1 - prior);
    }
    if (type === 'person') {
      if (context.personCue) score += PERSON_CUE;
      if (context.placeCue) score -= PLACE_CUE;
    } else {
      if (context.placeCue) score += PLACE_CUE;
      // A title right before ("President Washington") speaks of a person; a verb after may be metonymy.
      if (context.personCue && isTitleBefore(tokens, span.first)) score -= PERSON_CUE;
    }
    readings.push({ entity, aliasKind, score });
  }
  return readings.sort((a, b) => b.score - a.score || a.entity - b.entity);
}

function isTitleBefore(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  return prev !== undefined && tokens[first]!.gap <= Gap.Hyphen && PERSON_TITLES.has(prev.norm);
}

/**
 * Is chunk [first, last] the name of a person, known or not? "Jordan Shilton": a given name, then
 * capitalised words that are not weekdays, demonyms or plain English words (unless some person in the
 * index bears them as a surname).
 */
export function looksLikePersonName(tokens: readonly Token[], first: number, last: number, context: Context, index: DramatisIndex): boolean {
  const words = last - first + 1;
  if (words < 2 || words > MAX_UNKNOWN_NAME_WORDS) return false;
  const head = tokens[first]!;
  const tail = tokens[last]!;
  if (head.shape !== Shape.Title || !(tail.shape === Shape.Title || isNamePart(tokens, last, index))) return false;
  if (NOT_NAME_WORDS.has(tail.norm) || index.isDemonym(tail.norm) || ORGANISATION_HEADS.has(tail.norm)) return false;
  if (NAME_PARTICLES.has(head.norm)) return false; // "Al Qaida", "El Niño"
  // "France-Presse": a given name is not hyphened to a surname (but "Jean-Pierre Raffarin" is fine).
  if (words === 2 && tail.gap === Gap.Hyphen) return false;
  // "Lee Jae-myung", "Han Dong-hoon": a Korean name, family name first, given name hyphened.
  if (words === 3 && tail.gap === Gap.Hyphen && tail.shape === Shape.Lower && tokens[first + 1]!.gap === Gap.Space) return true;
  for (let j = first; j <= last; j++) if (tokens[j]!.shape === Shape.Upper) return false;
  // An initial may open the name when a given name or another initial follows ("C. Eugene Steuerle").
  const isInitial = (t: Token) => t.end - t.start === 1;
  const opensName = (j: number): boolean =>
    index.isGivenName(tokens[j]!.norm) || (isInitial(tokens[j]!) && j < last && opensName(j + 1));
  if (index.isCommonWord(tail.norm) && !isSomeonesSurname(tail.norm, index)) return false;
  if (opensName(first) || context.personCue) return true;
  // Without a known given name: two or three capitalised words that are neither everyday words nor a
  // well-known place ("Marissa Mayer", not "Gallup Korea" or "Hangzhou China").
  if (words > 3) return false;
  for (let j = first; j <= last; j++) {
    const t = tokens[j]!;
    if (t.shape !== Shape.Title || index.isCommonWord(t.norm) || index.isDemonym(t.norm)) return false;
    if (NOT_NAME_WORDS.has(t.norm) || PLACE_MODIFIERS.has(t.norm)) return false;
    if (j > first && t.gap !== Gap.Space) return false;
    const { key } = index.lookup(t.norm);
    if (key >= 0 && index.hasReading(key, (entity, kind) => kind !== 'surname' && index.prior(entity) >= UNKNOWN_NAME_MAX_PLACE_PRIOR)) return false;
  }
  return true;
}

function isSomeonesSurname(folded: string, index: DramatisIndex): boolean {
  const { key } = index.lookup(folded);
  return key >= 0 && index.hasReading(key, (_, kind) => kind === 'surname');
}

/** Turns chunks into candidates: whole-chunk keys, unknown people, or the keys inside a chunk. */
export function readChunks(
  text: string,
  tokens: readonly Token[],
  chunks: readonly Chunk[],
  cues: Uint8Array,
  index: DramatisIndex,
): Candidate[] {
  const candidates: Candidate[] = [];
  // An article repeats its names in the same few settings: score each (key, setting) once. The setting
  // is everything scoreReadings reads besides the key itself (the key fixes the words).
  const scored = new Map<string, Reading[]>();
  const keyText = new Map<number, string>();
  const keyCandidate = (span: KeySpan, context: Context): Candidate => {
    const head = tokens[span.first]!;
    let shapes = '';
    for (let j = span.first; j <= span.last; j++) shapes += tokens[j]!.shape;
    const setting =
      `${span.key}|${shapes}|${head.end - head.start <= ACRONYM_MAX_LENGTH ? 1 : 0}|` +
      `${head.sentenceStart ? 1 : 0}|${isTitleBefore(tokens, span.first) ? 1 : 0}|${context.personCue ? 1 : 0}${context.placeCue ? 1 : 0}` +
      `${context.organisation ? 1 : 0}${context.media ? 1 : 0}${context.embedded ? 1 : 0}`;
    let readings = scored.get(setting);
    if (readings === undefined) scored.set(setting, (readings = scoreReadings(tokens, span, context, index)));
    let norm = keyText.get(span.key);
    if (norm === undefined) keyText.set(span.key, (norm = index.keyText(span.key)));
    return { first: span.first, last: span.last, start: head.start, end: tokens[span.last]!.end, norm, key: span.key, readings, context };
  };
  const bareCandidate = (j: number, context: Context): Candidate => ({
    first: j,
    last: j,
    start: tokens[j]!.start,
    end: tokens[j]!.end,
    norm: tokens[j]!.norm,
    key: -1,
    readings: [],
    context,
  });
  for (const chunk of chunks) {
    const context = readContext(tokens, cues, chunk.first, chunk.last);
    const whole = chunk.spans.length === 1 && chunk.spans[0]!.first === chunk.first && chunk.spans[0]!.last === chunk.last;
    if (whole) {
      candidates.push(keyCandidate(chunk.spans[0]!, context));
      continue;
    }
    // A person's name, the whole chunk or its tail ("AFP Commissioner Andrew Colvin" → "Andrew Colvin").
    let personFrom = -1;
    for (let k = chunk.first; k < chunk.last && personFrom < 0; k++) {
      const inner = k === chunk.first ? context : readContext(tokens, cues, k, chunk.last);
      if (looksLikePersonName(tokens, k, chunk.last, inner, index) && !keyCovers(chunk, k, chunk.last)) personFrom = k;
    }
    const keysUpTo = personFrom >= 0 ? personFrom - 1 : chunk.last;
    // Read the keys inside on their own; leave single unknown words for coreference ("Cordesman").
    // An unknown word before a place in one name makes an organisation of it ("Gallup Korea").
    let covered = chunk.first;
    let unknownWordBefore = false;
    const bare = (j: number) => {
      const t = tokens[j]!;
      if (t.shape !== Shape.Title) return;
      candidates.push(bareCandidate(j, readContext(tokens, cues, j, j)));
      if (!PLACE_MODIFIERS.has(t.norm) && !index.isGivenName(t.norm)) unknownWordBefore = true;
    };
    for (const span of chunk.spans) {
      if (span.last > keysUpTo) break;
      for (let j = covered; j < span.first; j++) bare(j);
      if (unknownWordBefore === false && span.first > chunk.first && isUnknownWord(tokens, span.first - 1, chunk, index)) unknownWordBefore = true;
      const spanContext = readContext(tokens, cues, span.first, span.last);
      // An unknown word before or after a place inside one name makes an organisation or an event of it:
      // "Gallup Korea", "Great Depression", "Agence France-Presse", "Urban-Brookings".
      if (unknownWordBefore || isUnknownWord(tokens, span.last + 1, chunk, index)) spanContext.embedded = true;
      candidates.push(keyCandidate(span, spanContext));
      covered = span.last + 1;
    }
    for (let j = covered; j <= keysUpTo; j++) bare(j);
    if (personFrom >= 0) {
      const start = tokens[personFrom]!.start;
      const end = tokens[chunk.last]!.end;
      const norm = tokens.slice(personFrom, chunk.last + 1).map((t) => t.norm).join(' ');
      candidates.push({
        first: personFrom, last: chunk.last, start, end, norm, key: -1, readings: [], context,
        resolved: { kind: 'unknown', norm, name: text.slice(start, end).replace(/\s+/g, ' ') },
      });
    }
  }
  return candidates;
}

/**
 * Is token j, inside the chunk, a capitalised word that is neither a name (a key other than an everyday
 * word: "Tax" is some hamlet's name too), a given name nor a place modifier?
 */
function isUnknownWord(tokens: readonly Token[], j: number, chunk: Chunk, index: DramatisIndex): boolean {
  if (j > chunk.last) return false;
  const t = tokens[j]!;
  if (t.shape !== Shape.Title || PLACE_MODIFIERS.has(t.norm) || NOT_NAME_WORDS.has(t.norm) || index.isGivenName(t.norm)) return false;
  // Institutions are judged apart: a country keeps its reading before one of its own ("U.S. Congress").
  if (ORGANISATION_HEADS.has(t.norm)) return false;
  return !chunk.spans.some((s) => s.first === j && (s.last > j || !index.isCommonWord(t.norm)));
}

/** Does one key span cover exactly tokens [first, last] of the chunk? */
function keyCovers(chunk: Chunk, first: number, last: number): boolean {
  return chunk.spans.some((s) => s.first === first && s.last === last);
}

/** Picks each candidate's best reading when it clears the threshold. Coreference may revise this. */
export function resolveByScore(candidates: Candidate[]): void {
  for (const c of candidates) {
    if (c.resolved) continue;
    const best = c.readings[0];
    if (best && best.score >= ACCEPT_THRESHOLD) c.resolved = { kind: 'entity', entity: best.entity };
  }
}

/**
 * One sense per article: every mention of a key reads as the entity its mentions favour in total, so
 * "stand up to Obama" follows "President Obama" elsewhere in the text instead of naming the Japanese town.
 * A mention whose own score for that entity falls below the threshold keeps its own reading.
 */
export function harmonise(candidates: Candidate[]): void {
  const byKey = new Map<number, Candidate[]>();
  for (const c of candidates) {
    if (c.key < 0 || c.resolved?.kind === 'unknown' || c.readings.length < 2) continue;
    let group = byKey.get(c.key);
    if (!group) byKey.set(c.key, (group = []));
    group.push(c);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const totals = new Map<number, number>();
    for (const c of group) for (const r of c.readings) if (r.score > 0) totals.set(r.entity, (totals.get(r.entity) ?? 0) + r.score);
    let favourite = -1;
    let favouriteTotal = -Infinity;
    for (const [entity, total] of totals) {
      if (total > favouriteTotal || (total === favouriteTotal && entity < favourite)) [favourite, favouriteTotal] = [entity, total];
    }
    for (const c of group) {
      const own = c.readings.find((r) => r.entity === favourite);
      if (own && own.score >= ACCEPT_THRESHOLD) c.resolved = { kind: 'entity', entity: favourite };
    }
  }
}
