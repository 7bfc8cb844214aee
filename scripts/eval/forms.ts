// Counts gold surface forms in a text the way an annotator reads it: case-sensitive, whole words,
// longest match first, so "Sudan" inside "South Sudan" or "Washington" inside a "Washington Post" trap
// is not counted. Used to check hand counts in the dev set against the extracted text.
import type { GoldFile } from './gold.ts';

export interface FormHit {
  start: number;
  end: number;
  text: string;
  /** "people:3" / "places:0" for an entity, "trap:2" for a trap text that masks shorter forms. */
  owner: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** All whole-word occurrences of `form` in `text` (a space in the form matches any run of whitespace). */
export function findForm(text: string, form: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const trimmed = form.trim();
  if (!trimmed) return found;
  const body = trimmed
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const lead = WORD_CHAR.test(trimmed[0]) ? '(?<![\\p{L}\\p{N}])' : '';
  const tail = WORD_CHAR.test(trimmed[trimmed.length - 1]) ? '(?![\\p{L}\\p{N}])' : '';
  for (const m of text.matchAll(new RegExp(lead + body + tail, 'gu'))) {
    found.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return found;
}

/** Every form of every entity and trap, overlaps resolved longest-first (earlier start wins ties). */
export function locateForms(text: string, gold: GoldFile): FormHit[] {
  const candidates: FormHit[] = [];
  const add = (owner: string, form: string) => {
    for (const { start, end } of findForm(text, form)) candidates.push({ start, end, text: text.slice(start, end), owner });
  };
  gold.people.forEach((e, i) => e.forms.forEach((f) => add(`people:${i}`, f)));
  gold.places.forEach((e, i) => e.forms.forEach((f) => add(`places:${i}`, f)));
  (gold.traps ?? []).forEach((t, i) => add(`trap:${i}`, t.text));
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: FormHit[] = [];
  for (const hit of candidates) {
    if (taken.some((t) => hit.start < t.end && t.start < hit.end)) continue;
    taken.push(hit);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Occurrence count per entity key ("people:i" / "places:i"). */
export function countForms(text: string, gold: GoldFile): Map<string, number> {
  const counts = new Map<string, number>();
  for (const hit of locateForms(text, gold)) {
    if (hit.owner.startsWith('trap:')) continue;
    counts.set(hit.owner, (counts.get(hit.owner) ?? 0) + 1);
  }
  return counts;
}
