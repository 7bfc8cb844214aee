// Seas, rivers, lakes, mountains, islands, regions and disputed areas: Natural Earth 10m layers
// (public domain), GeoNames features with no country (CC BY 4.0: Middle East, Balkans, Persian Gulf…),
// and the dr5hn world regions and subregions (ODbL, with Wikidata ids).
import { join } from 'node:path';
import type { PlaceKind } from '../../src/core/types.ts';
import type { Countries } from './countries.ts';
import { addAlias, isLatin, newDraft, type Draft } from './draft.ts';
import { num, parseCsv, parseJsonl, parseTsv, readText, str } from './read.ts';

/** Natural Earth's cartographic abbreviations, expanded so labels read as prose names. */
const NE_ABBREVIATIONS: Record<string, string> = {
  'PEN.': 'Peninsula', 'MTS.': 'Mountains', 'MT.': 'Mount', 'MTN.': 'Mountain', 'I.': 'Island', 'IS.': 'Islands',
  'ST.': 'Saint', 'STR.': 'Strait', 'G.': 'Gulf', 'C.': 'Cape', 'PL.': 'Plain', 'PLAT.': 'Plateau', 'ARCH.': 'Archipelago',
  'R.': 'River', 'L.': 'Lake', 'DES.': 'Desert', 'B.': 'Bay', 'VAL.': 'Valley', 'RA.': 'Range',
};
const LOWER_WORDS = new Set(['of', 'the', 'and', 'de', 'del', 'la', 'da', 'do', 'des', 'du', 'al', 'el']);

/** "BALKAN PEN." → "Balkan Peninsula"; mixed-case names keep their case, abbreviations expand. */
export function tidyNeName(raw: string): string {
  const words = raw.replace(/\s+/g, ' ').trim().split(' ');
  const shouting = raw === raw.toUpperCase();
  return words
    .map((w, i) => {
      const exp = NE_ABBREVIATIONS[w.toUpperCase()];
      if (exp) return exp;
      if (!shouting) return w;
      const lower = w.toLowerCase();
      if (i > 0 && LOWER_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[-'(])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

const MARINE_KIND: Record<string, PlaceKind> = {
  ocean: 'sea', sea: 'sea', bay: 'sea', gulf: 'sea', strait: 'sea', channel: 'sea', sound: 'sea', fjord: 'sea',
  lagoon: 'sea', inlet: 'sea', reef: 'place', generic: 'sea', river: 'river',
};
const REGION_KIND: Record<string, PlaceKind> = {
  island: 'island', 'island group': 'island', 'range/mtn': 'mountain', mountain: 'mountain', lake: 'lake',
};
/** GeoNames feature codes kept from the no-country file, with their kind and description noun. */
const GEONAMES_CODES: Record<string, [PlaceKind, string]> = {
  'H.SEA': ['sea', 'sea'], 'H.GULF': ['sea', 'gulf'], 'H.STRT': ['sea', 'strait'], 'H.BAY': ['sea', 'bay'],
  'H.OCN': ['sea', 'ocean'], 'H.CHN': ['sea', 'channel'], 'H.CHNM': ['sea', 'channel'], 'H.SD': ['sea', 'sound'],
  'H.LK': ['lake', 'lake'], 'H.STM': ['river', 'river'], 'L.RGN': ['region', 'region'], 'L.RGNE': ['region', 'economic region'],
  'L.CONT': ['region', 'continent'], 'L.AREA': ['region', 'area'], 'T.ISL': ['island', 'island'], 'T.ISLS': ['island', 'islands'],
  'T.ATOL': ['island', 'atoll'], 'T.PEN': ['region', 'peninsula'], 'T.MTS': ['mountain', 'mountain range'],
  'T.MT': ['mountain', 'mountain'], 'T.PK': ['mountain', 'peak'], 'T.VLC': ['mountain', 'volcano'],
};

function withRegion(noun: string, where: string): string {
  return where ? `${noun} in ${where}` : noun;
}

export function loadPhysical(dataDir: string, countries: Countries): Draft[] {
  const out: Draft[] = [];
  const p = (f: string) => parseJsonl(readText(join(dataDir, 'places', f)));
  const place = (kind: PlaceKind, name: string, source: string, r: Record<string, unknown>): Draft => {
    const d = newDraft({ type: 'place', kind, name, source });
    d.lat = num(r, 'lat'); d.lon = num(r, 'lon');
    const rank = num(r, 'scalerank');
    if (Number.isFinite(rank)) d.scalerank = rank;
    return d;
  };

  for (const r of p('ne_10m_geography_marine_polys.jsonl.gz')) {
    const cla = str(r, 'featurecla');
    const name = tidyNeName(str(r, 'name'));
    if (!name || !isLatin(name) || !MARINE_KIND[cla]) continue;
    const d = place(MARINE_KIND[cla]!, name, 'ne-marine', r);
    const alt = str(r, 'namealt');
    if (alt && isLatin(alt)) addAlias(d, tidyNeName(alt), 'alt');
    d.description = cla === 'generic' ? 'body of water' : cla;
    out.push(d);
  }

  // Rivers come in pieces: one entity per name + rivernum, at the piece with the best rank.
  const riverLayers: [string, string][] = [
    ['ne_10m_rivers_lake_centerlines.jsonl.gz', 'ne-rivers'],
    ['ne_10m_rivers_europe.jsonl.gz', 'ne-rivers-europe'],
    ['ne_10m_rivers_north_america.jsonl.gz', 'ne-rivers-north-america'],
  ];
  for (const [file, source] of riverLayers) {
    const groups = new Map<string, Record<string, unknown>>();
    for (const r of p(file)) {
      if (!/River/.test(str(r, 'featurecla'))) continue;
      const name = str(r, 'name_en') || str(r, 'name');
      if (!name || !isLatin(name)) continue;
      const k = `${name}\u0000${str(r, 'rivernum')}`;
      const prev = groups.get(k);
      if (!prev || num(r, 'scalerank') < num(prev, 'scalerank')) groups.set(k, r);
    }
    for (const r of [...groups.values()]) {
      const name = tidyNeName(str(r, 'name_en') || str(r, 'name'));
      const d = place('river', name, source, r);
      for (const k of ['name', 'name_full', 'name_alt']) { const v = str(r, k); if (v && isLatin(v)) addAlias(d, v, k === 'name_alt' ? 'alt' : 'name'); }
      // English writes both "the Euphrates" and "the Euphrates River" (British: "River Thames").
      if (!/\b(River|Creek|Canal|Brook)\b/i.test(name)) { addAlias(d, `${name} River`, 'name'); addAlias(d, `River ${name}`, 'name'); }
      d.description = 'river';
      out.push(d);
    }
  }

  for (const file of ['ne_10m_lakes.jsonl.gz', 'ne_10m_lakes_europe.jsonl.gz', 'ne_10m_lakes_north_america.jsonl.gz', 'ne_10m_lakes_historic.jsonl.gz']) {
    for (const r of p(file)) {
      const name = tidyNeName(str(r, 'name'));
      if (!name || !isLatin(name)) continue;
      const d = place('lake', name, 'ne-lakes', r);
      for (const k of ['name_alt', 'name_abb']) { const v = str(r, k); if (v && isLatin(v)) addAlias(d, tidyNeName(v), 'alt'); }
      if (!/\b(Lake|Lac|Lago|Reservoir|Sea)\b/i.test(name)) addAlias(d, `Lake ${name}`, 'name');
      d.description = str(r, 'featurecla') === 'Reservoir' ? 'reservoir' : 'lake';
      out.push(d);
    }
  }

  for (const r of p('ne_10m_geography_regions_polys.jsonl.gz')) {
    const cla = str(r, 'featurecla');
    const name = tidyNeName(str(r, 'name'));
    if (!name || !isLatin(name) || cla === 'Dragons-be-here') continue;
    const d = place(REGION_KIND[cla.toLowerCase()] ?? 'region', name, 'ne-regions', r);
    const alt = str(r, 'namealt');
    if (alt && isLatin(alt)) addAlias(d, tidyNeName(alt), 'alt');
    const noun = cla === 'Range/mtn' ? 'mountain range' : cla === 'Pen/cape' ? 'peninsula' : cla === 'Geoarea' ? 'region' : cla.toLowerCase();
    d.description = withRegion(noun, str(r, 'subregion') || str(r, 'region'));
    out.push(d);
  }
  for (const r of p('ne_10m_geography_regions_points.jsonl.gz')) {
    const cla = str(r, 'featurecla');
    const name = tidyNeName(str(r, 'name'));
    if (!name || !isLatin(name) || cla === 'pole') continue;
    const d = place(REGION_KIND[cla] ?? 'place', name, 'ne-region-points', r);
    const alt = str(r, 'name_alt');
    if (alt && isLatin(alt)) addAlias(d, tidyNeName(alt), 'alt');
    d.description = withRegion(cla, str(r, 'subregion') || str(r, 'region'));
    out.push(d);
  }
  for (const r of p('ne_10m_geography_regions_elevation_points.jsonl.gz')) {
    const cla = str(r, 'featurecla');
    const name = tidyNeName(str(r, 'name'));
    if (!name || !isLatin(name) || cla === 'spot elevation') continue;
    const d = place(cla === 'mountain' ? 'mountain' : 'place', name, 'ne-elevation', r);
    const elevation = num(r, 'elevation');
    d.description = withRegion(cla === 'mountain' && elevation > 0 ? `mountain (${Math.round(elevation)} m)` : cla, str(r, 'region'));
    out.push(d);
  }
  for (const r of p('ne_10m_admin_0_disputed_areas.jsonl.gz')) {
    const name = str(r, 'BRK_NAME');
    if (!name || !isLatin(name)) continue;
    const d = place('territory', name, 'ne-disputed', r);
    for (const k of ['NAME_SORT', 'NAME_ALT']) { const v = str(r, k); if (v && isLatin(v)) addAlias(d, v, 'alt'); }
    const iso = countries.iso2ByKey.get(str(r, 'ADMIN').toLowerCase());
    if (iso) d.country = iso;
    const note = str(r, 'NOTE_BRK');
    d.description = note ? `disputed territory (${note.replace(/\.$/, '').replace(/^Admin\. by/i, 'administered by')})` : 'disputed territory';
    d.population = num(r, 'POP_EST') || 0;
    out.push(d);
  }

  for (const r of parseTsv(readText(join(dataDir, 'places/geonames_no_country.tsv.gz')))) {
    const code = `${r.feature_class}.${r.feature_code}`;
    const spec = GEONAMES_CODES[code];
    const name = isLatin(r.name ?? '') ? r.name! : r.asciiname ?? '';
    if (!spec || !name) continue;
    const d = newDraft({ type: 'place', kind: spec[0], name, source: 'geonames-no-country', geonameId: Number(r.geonameid) });
    d.lat = Number(r.latitude); d.lon = Number(r.longitude);
    d.description = spec[1];
    out.push(d);
  }

  const subregionOf = new Map<string, string>();
  for (const r of parseCsv(readText(join(dataDir, 'places/dr5hn_regions.csv.gz')))) {
    const d = newDraft({ type: 'place', kind: 'region', name: r.name ?? '', source: 'dr5hn-regions', wikidata: r.wikiDataId ?? '' });
    d.description = 'continent';
    d.scalerank = 0;
    subregionOf.set(r.id ?? '', r.name ?? '');
    out.push(d);
  }
  for (const r of parseCsv(readText(join(dataDir, 'places/dr5hn_subregions.csv.gz')))) {
    const d = newDraft({ type: 'place', kind: 'region', name: r.name ?? '', source: 'dr5hn-subregions', wikidata: r.wikiDataId ?? '' });
    const parent = subregionOf.get(r.region_id ?? '');
    d.description = parent ? `region of ${parent}` : 'world region';
    d.scalerank = 1;
    out.push(d);
  }
  return out;
}
