// The builder's working record: an IndexEntityInput plus the join keys and raw signals the
// merge and prior steps need. Only IndexEntityInput fields reach the index.
import type { AliasKind, EntityKind, EntityType, IndexEntityInput } from '../../src/core/types.ts';

export interface Alias { text: string; kind: AliasKind }

export interface Draft {
  type: EntityType;
  kind: EntityKind;
  name: string;
  aliases: Alias[];
  description: string;
  country: string;
  wikidata: string;
  lat: number;
  lon: number;
  /** Source tag of the record this draft came from (first source wins on merge). */
  source: string;
  // place signals
  geonameId?: number;
  population?: number;
  /** 'country' for national capitals, 'admin1' for first-level seats. */
  capital?: 'country' | 'admin1';
  /** Natural Earth scalerank/labelrank (0 = most prominent). */
  scalerank?: number;
  // person signals
  enwiki?: string;
  bhhtRank?: number;
  /** Importance tier of the best office (see describe.ts). */
  officeTier?: number;
  /** Last year of the best office; Infinity while it is held. */
  officeEnd?: number;
  prior?: number;
}

export function newDraft(p: Partial<Draft> & Pick<Draft, 'type' | 'kind' | 'name' | 'source'>): Draft {
  return { aliases: [], description: '', country: '', wikidata: '', lat: NaN, lon: NaN, ...p };
}

/** Merge key normaliser, close to the core normaliser: lower case, no diacritics, words joined by one space. */
export function key(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i').replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/['’‘ʼʻʿʾ`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function addAlias(d: Draft, text: string, kind: AliasKind): void {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t === d.name) return;
  d.aliases.push({ text: t, kind });
}

/** Latin-script text (with diacritics), digits and punctuation only: usable as an English surface form. */
export function isLatin(s: string): boolean {
  return /^[\p{Script=Latin}\p{M}\p{N}\s.,'’‘ʻʿ\-()&]+$/u.test(s) && /\p{L}/u.test(s);
}

export function toInput(d: Draft): IndexEntityInput {
  const out: IndexEntityInput = {
    type: d.type, kind: d.kind, name: d.name, aliases: d.aliases, description: d.description,
    country: d.country, wikidata: d.wikidata, prior: d.prior ?? 0,
  };
  if (d.type === 'place' && Number.isFinite(d.lat) && Number.isFinite(d.lon)) {
    out.lat = Math.round(d.lat * 1e4) / 1e4;
    out.lon = Math.round(d.lon * 1e4) / 1e4;
  }
  return out;
}
