// Stage 6 — rank: gather the resolved mentions into entities and order them by salience: how often
// the article mentions them, then how early.

import type { DramatisIndex } from './index-format.ts';
import type { Candidate } from './link.ts';
import { normaliseKey } from './normalise.ts';
import type { AnnotateResult, FoundEntity } from './types.ts';

/** How much an early first mention adds to the mention count (at most this much, at offset 0). */
export const EARLY_MENTION_BONUS = 0.5;

/** Stable id of an index entry: its Wikidata id, else its folded name and country. */
export function entityId(index: DramatisIndex, entity: number): string {
  const wikidata = index.wikidata(entity);
  if (wikidata) return wikidata;
  const country = index.country(entity);
  return `idx:${normaliseKey(index.name(entity))}${country ? '@' + country : ''}`;
}

export function rank(text: string, candidates: readonly Candidate[], index: DramatisIndex): AnnotateResult {
  const entities = new Map<string, FoundEntity>();
  for (const c of candidates) {
    const r = c.resolved;
    if (!r) continue;
    const id = r.kind === 'entity' ? entityId(index, r.entity) : `unknown:${r.norm}`;
    let found = entities.get(id);
    if (!found) {
      if (r.kind === 'entity') {
        const e = r.entity;
        found = {
          id,
          name: index.name(e),
          type: index.type(e),
          kind: index.kind(e),
          description: index.description(e),
          country: index.country(e),
          inIndex: true,
          wikidata: index.wikidata(e),
          mentions: [],
          salience: 0,
        };
        const coords = index.coords(e);
        if (coords) found.coords = coords;
      } else {
        found = { id, name: r.name, type: 'person', kind: 'person', description: '', country: '', inIndex: false, wikidata: '', mentions: [], salience: 0 };
      }
      entities.set(id, found);
    }
    found.mentions.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end) });
  }
  return orderBySalience([...entities.values()], text.length);
}

/**
 * Sorts each entity's mentions, scores its salience and splits people from places, most salient
 * first. Also used to merge the results of a huge text annotated in parts.
 */
export function orderBySalience(all: FoundEntity[], textLength: number): AnnotateResult {
  const length = Math.max(1, textLength);
  for (const e of all) {
    e.mentions.sort((a, b) => a.start - b.start);
    e.salience = e.mentions.length + EARLY_MENTION_BONUS * (1 - e.mentions[0]!.start / length);
  }
  all.sort((a, b) => b.salience - a.salience || a.mentions[0]!.start - b.mentions[0]!.start || (a.id < b.id ? -1 : 1));
  return { people: all.filter((e) => e.type === 'person'), places: all.filter((e) => e.type === 'place') };
}
