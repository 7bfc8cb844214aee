// Countries: npm world-countries (ODbL) joined with Natural Earth 50m admin-0 (public domain) on ISO
// codes; Wikidata ids from the every-politician-scrapers country columns (CC0).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { addAlias, isLatin, key, newDraft, type Draft } from './draft.ts';
import { parseCsv, parseJsonl, readText, str, num } from './read.ts';

const require = createRequire(import.meta.url);

/**
 * Country codes that English prose really writes as words: only these become 'short' keys.
 * Two-letter codes such as IN, IT, TO, NO, BE are ordinary words and never keys.
 */
export const SHORT_FORMS_IN_ENGLISH_USE = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK', 'PRC', 'ROK']);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string; cca3: string;
  altSpellings: string[];
  capital?: string[];
  region: string; subregion: string;
  latlng: [number, number];
  languages?: Record<string, string>;
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean;
}

export interface CountryInfo {
  iso2: string;
  name: string;
  qid: string;
  subregion: string;
  capitals: string[];
  population: number;
}

export interface Countries {
  byIso2: Map<string, CountryInfo>;
  /** normalised country name (common, official, NE names, alt spellings) → ISO alpha-2 */
  iso2ByKey: Map<string, string>;
  iso2ByQid: Map<string, string>;
}

/** "U.S." style dotted form of an all-capitals short form. */
/** "the United States", "the Netherlands", "Syria": a country name as it reads after "of"/"in". */
export function countryPhrase(name: string): string {
  return /^(United|Republic|Democratic|Central African|Czech Republic|Dominican Republic|Holy See|Gambia)|(s|Islands)$/.test(name) && !/^(Laos|Belarus|Cyprus|Mauritius|Barbados|Honduras|Kiribati|Tuvalu)$/.test(name) ? `the ${name}` : name;
}

export function dotted(code: string): string {
  return code.split('').join('.') + '.';
}

/** Country entities plus the lookups every other reader uses to resolve country names and QIDs. */
export function loadCountries(dataDir: string): { drafts: Draft[]; ctx: Countries; languages: string[]; demonyms: string[] } {
  const world = (require('world-countries') as WorldCountry[]).slice().sort((a, b) => a.cca2.localeCompare(b.cca2));
  const ne = parseJsonl(readText(join(dataDir, 'places/ne_50m_admin_0_countries.jsonl.gz')));
  const neByIso = new Map<string, Record<string, unknown>>();
  for (const r of ne) {
    for (const k of ['ISO_A2', 'WB_A2', 'POSTAL']) {
      const c = str(r, k);
      if (/^[A-Z]{2}$/.test(c) && !neByIso.has(c)) neByIso.set(c, r);
    }
  }
  const byIso2 = new Map<string, CountryInfo>();
  const iso2ByKey = new Map<string, string>();
  const drafts: Draft[] = [];
  const languages = new Set<string>();
  const demonyms = new Set<string>();
  const setKey = (name: string, iso2: string) => { const k = key(name); if (k && !iso2ByKey.has(k)) iso2ByKey.set(k, iso2); };

  for (const c of world) {
    const neRow = neByIso.get(c.cca2);
    const d = newDraft({ type: 'place', kind: 'country', name: c.name.common, source: 'world-countries', country: c.cca2 });
    d.lat = c.latlng[0]; d.lon = c.latlng[1];
    addAlias(d, c.name.official, 'name');
    for (const s of c.altSpellings) {
      if (SHORT_FORMS_IN_ENGLISH_USE.has(s)) { addAlias(d, s, 'short'); addAlias(d, dotted(s), 'short'); }
      else if (s.length > 4 && isLatin(s) && !s.includes(',')) addAlias(d, s, 'alt');
    }
    for (const code of [c.cca2, c.cca3]) {
      if (SHORT_FORMS_IN_ENGLISH_USE.has(code)) { addAlias(d, code, 'short'); addAlias(d, dotted(code), 'short'); }
    }
    let population = 0;
    if (neRow) {
      // world-countries uses endonym-style common names ("Türkiye"); English news keeps the Natural Earth exonym.
      const neName = str(neRow, 'NAME');
      if (neName && /^[A-Za-z ]+$/.test(neName) && key(neName) !== key(d.name) && /[^\x00-\x7f]/.test(d.name)) {
        addAlias(d, d.name, 'name');
        d.name = neName;
      }
      for (const k of ['NAME', 'NAME_LONG', 'FORMAL_EN', 'ADMIN', 'BRK_NAME']) { const v = str(neRow, k); if (v && isLatin(v) && !v.includes('.')) addAlias(d, v, 'name'); }
      const alt = str(neRow, 'NAME_ALT');
      if (alt && isLatin(alt)) addAlias(d, alt, 'alt');
      population = num(neRow, 'POP_EST') || 0;
    }
    d.population = population;
    d.description = c.independent === false || c.name.common === 'Antarctica'
      ? `territory${c.subregion ? ` in ${c.subregion}` : ''}`
      : `country in ${c.subregion || c.region}`;
    if (c.independent === false) d.kind = 'territory';
    drafts.push(d);
    byIso2.set(c.cca2, { iso2: c.cca2, name: d.name, qid: '', subregion: c.subregion, capitals: c.capital ?? [], population });
    setKey(c.name.common, c.cca2);
    for (const a of d.aliases) if (a.kind !== 'short') setKey(a.text, c.cca2);
    for (const l of Object.values(c.languages ?? {})) languages.add(l);
    const dem = c.demonyms?.eng;
    if (dem) { demonyms.add(dem.m); demonyms.add(dem.f); }
  }
  // English prose shortens a formal name to its last part ("United States of America" → "America") and
  // "Great Britain" to "Britain". Kept only where no other country already owns the short form
  // (not "Congo" for the DRC, nor "China" for Taiwan's "Republic of China").
  for (const d of drafts) {
    const shortForms = new Set<string>();
    for (const a of [d.name, ...d.aliases.filter((x) => x.kind !== 'short').map((x) => x.text)]) {
      const formal = /^[\p{L} ]+ of (?:the )?([\p{Lu}][\p{L}]+)$/u.exec(a);
      if (formal && !formal[1]!.includes(' and ')) shortForms.add(formal[1]!);
      const great = /^Great (\p{Lu}\p{L}+)$/u.exec(a);
      if (great) shortForms.add(great[1]!);
    }
    for (const form of shortForms) {
      const owner = iso2ByKey.get(key(form));
      if (owner === undefined || owner === d.country) addAlias(d, form, 'alt');
    }
  }
  // Names the people data writes differently from world-countries.
  for (const r of ne) { const iso = str(r, 'ISO_A2'); if (byIso2.has(iso)) for (const k of ['SOVEREIGNT', 'GEOUNIT', 'SUBUNIT']) setKey(str(r, k), iso); }

  // Country Wikidata ids: the politician files label each country QID with its English name.
  const iso2ByQid = new Map<string, string>();
  const pdir = join(dataDir, 'people/everypolitician_scrapers');
  const pairs: [string, string][] = [];
  for (const r of parseCsv(readText(join(pdir, 'world-leaders-2021__wikidata.csv')))) pairs.push([r.countryid ?? '', r.country ?? '']);
  for (const r of parseCsv(readText(join(pdir, 'world__foreign-ministers__wikidata.csv')))) pairs.push([r.country ?? '', r.countryLabel ?? '']);
  for (const [qid, label] of pairs) {
    const iso = iso2ByKey.get(key(label));
    if (!/^Q\d+$/.test(qid) || !iso || iso2ByQid.has(qid)) continue;
    const info = byIso2.get(iso)!;
    if (info.qid) continue;
    info.qid = qid;
    iso2ByQid.set(qid, iso);
  }
  for (const d of drafts) d.wikidata = byIso2.get(d.country)?.qid ?? '';
  return { drafts, ctx: { byIso2, iso2ByKey, iso2ByQid }, languages: [...languages].sort(), demonyms: [...demonyms].sort() };
}
