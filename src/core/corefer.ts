// Stage 5 — corefer: within one document, a surname or short form joins the person named in full
// elsewhere in it, before or after ("Obama" → Barack Obama, "Cordesman" → Anthony Cordesman, even
// though the index has no Cordesman). A name written with a place cue ("in Washington") stays a place.

import type { DramatisIndex } from './index-format.ts';
import { NAME_PARTICLES } from './lexicon.ts';
import type { Candidate, Resolution } from './link.ts';
import { Gap, Shape, type Token } from './normalise.ts';

/** A place with a place cue keeps its reading against a same-named person when at least this popular. */
export const PLACE_KEEPS_PRIOR = 0.5;

/** Surname forms of a full name: the last word, and the particle form ("al assad" and "assad"). */
function surnameForms(tokens: readonly Token[], first: number, last: number): string[] {
  // A Korean name puts the family name first and hyphens the given name: "Han Dong-hoon" → "Han".
  const tail = tokens[last]!;
  if (tail.shape === Shape.Lower && tail.gap === Gap.Hyphen) return [tokens[first]!.norm];
  const forms = [tail.norm];
  if (last - 1 > first && NAME_PARTICLES.has(tokens[last - 1]!.norm)) forms.push(`${tokens[last - 1]!.norm} ${tokens[last]!.norm}`);
  return forms;
}

function sameResolution(a: Resolution, b: Resolution): boolean {
  return a.kind === 'entity' ? b.kind === 'entity' && a.entity === b.entity : b.kind === 'unknown' && a.norm === b.norm;
}

/** Adds a name form → person; two different people behind one form make it ambiguous (null). */
function register(map: Map<string, Resolution | null>, form: string, person: Resolution): void {
  const known = map.get(form);
  if (known === undefined) map.set(form, person);
  else if (known !== null && !sameResolution(known, person)) map.set(form, null);
}

export function corefer(candidates: Candidate[], tokens: readonly Token[], index: DramatisIndex): void {
  // People named in full, by surname and by first word (a given name, or a family name written first
  // as in "Lee Jae-myung").
  const bySurname = new Map<string, Resolution | null>();
  const byFirstWord = new Map<string, Resolution | null>();
  for (const c of candidates) {
    const r = c.resolved;
    if (!r || c.last === c.first) continue;
    if (r.kind === 'entity' && index.type(r.entity) !== 'person') continue;
    for (const form of surnameForms(tokens, c.first, c.last)) register(bySurname, form, r);
    register(byFirstWord, tokens[c.first]!.norm, r);
  }
  if (bySurname.size === 0) return;
  for (const c of candidates) {
    const short = c.last === c.first || (c.last === c.first + 1 && NAME_PARTICLES.has(tokens[c.first]!.norm));
    if (!short) continue;
    const r = c.resolved;
    const isPlace = r?.kind === 'entity' && index.type(r.entity) === 'place';
    const person = bySurname.get(c.norm);
    if (person && c.context.embedded) continue;
    if (person) {
      // "in Washington" stays the city next to "George Washington"; "from Obama" is no Japanese town.
      if (isPlace && c.context.placeCue && !c.context.personCue && index.prior((r as { entity: number }).entity) >= PLACE_KEEPS_PRIOR) continue;
      c.resolved = person;
      continue;
    }
    // A first word alone ("Grace", "Lee") joins the one person of the article it opens, unless it reads
    // as a place: "Jordan" stays the country next to "Jordan Shilton".
    const byFirst = byFirstWord.get(c.norm);
    if (byFirst && !isPlace && c.context.organisation === false) c.resolved = byFirst;
  }
}
