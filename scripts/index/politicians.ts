// Politicians: every-politician-scrapers (Wikidata query output, CC0): office holders, legislators
// and biographies per country repository, plus the loose world files (heads of state and government,
// foreign ministers, international posts, the Russian cabinet with official-site spellings).
import { join } from 'node:path';
import type { Countries } from './countries.ts';
import { fullPositionLabel, officeTier, yearOf, type Holding } from './describe.ts';
import { isLatin, key } from './draft.ts';
import { parseCsv, readTar, readText } from './read.ts';

export interface PoliticianRecord {
  qid: string;
  name: string;
  /** English Wikipedia title, '' when none. */
  enwiki: string;
  /** Other full names the sources give (official-site spellings). */
  otherNames: string[];
  country: string;
  holdings: Holding[];
  birth: number;
  death: number;
}

function endYear(end: string): number {
  return end.trim() === '' ? Infinity : yearOf(end);
}

export function loadPoliticians(dataDir: string, countries: Countries): Map<string, PoliticianRecord> {
  const dir = join(dataDir, 'people/everypolitician_scrapers');
  const tar = readTar(join(dir, 'every-politician-scrapers_html-csv.tar.gz'));
  const repos = new Map<string, Map<string, string>>();
  for (const [path, body] of [...tar.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const m = /^([^/]+)\/html\/([^/]+)\.csv$/.exec(path);
    if (!m) continue;
    if (!repos.has(m[1]!)) repos.set(m[1]!, new Map());
    repos.get(m[1]!)!.set(`${m[2]}.csv`, body.toString('utf8'));
  }
  const people = new Map<string, PoliticianRecord>();
  const get = (qid: string, name: string, country: string): PoliticianRecord => {
    let p = people.get(qid);
    if (!p) {
      p = { qid, name, enwiki: '', otherNames: [], country, holdings: [], birth: NaN, death: NaN };
      people.set(qid, p);
    }
    if (!p.country && country) p.country = country;
    return p;
  };
  const seenHolding = new Set<string>();
  const addHolding = (p: PoliticianRecord, label: string, start: string, end: string) => {
    const k = `${p.qid}|${label}|${start}|${end}`;
    if (seenHolding.has(k)) return;
    seenHolding.add(k);
    p.holdings.push({ label, start: yearOf(start), end: endYear(end), tier: officeTier(label) });
  };

  for (const [repo, files] of repos) {
    const positions = files.has('positions.csv') ? parseCsv(files.get('positions.csv')!) : [];
    // The repo's country: the most frequent country QID of its positions.
    const votes = new Map<string, number>();
    for (const p of positions) if (p.country) votes.set(p.country, (votes.get(p.country) ?? 0) + 1);
    const topQid = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
    // Repos whose country QID no country file labels (Taiwan, Suriname…) are named after the country.
    const fromName = countries.iso2ByKey.get(key(repo.replace(/-(cabinet|ministers)$/, ''))) ?? '';
    const iso2 = repo === 'world' ? '' : countries.iso2ByQid.get(topQid) ?? fromName;
    const countryName = iso2 ? countries.byIso2.get(iso2)!.name : '';
    const labels = positions.map((p) => p.position ?? '').filter(Boolean);
    const labelCache = new Map<string, string>();
    const full = (short: string) => {
      let l = labelCache.get(short);
      if (l === undefined) { l = fullPositionLabel(short, labels, countryName); labelCache.set(short, l); }
      return l;
    };
    for (const r of files.has('bio.csv') ? parseCsv(files.get('bio.csv')!) : []) {
      if (!/^Q\d+$/.test(r.id ?? '')) continue;
      const p = get(r.id!, r.name ?? '', iso2);
      if (!p.name) p.name = r.name ?? '';
      if (!p.enwiki && r.enwiki) p.enwiki = r.enwiki;
      if (Number.isNaN(p.birth)) p.birth = yearOf(r.dob ?? '');
      if (Number.isNaN(p.death)) p.death = yearOf(r.dod ?? '');
    }
    for (const f of ['holders21', 'current', 'legislators']) {
      for (const r of files.has(`${f}.csv`) ? parseCsv(files.get(`${f}.csv`)!) : []) {
        if (!/^Q\d+$/.test(r.personID ?? '') || !r.position) continue;
        const p = get(r.personID!, r.person ?? '', iso2);
        if (!p.name) p.name = r.person ?? '';
        addHolding(p, full(r.position), r.start ?? '', r.end ?? '');
      }
    }
  }

  // Loose files: their labels already name the country ("President of Turkey").
  for (const r of parseCsv(readText(join(dir, 'world-leaders-2021__wikidata.csv')))) {
    if (!/^Q\d+$/.test(r.officeholder ?? '')) continue;
    const p = get(r.officeholder!, r.officeholderLabel ?? '', countries.iso2ByQid.get(r.countryid ?? '') ?? '');
    addHolding(p, r.positionLabel ?? '', r.start_year ?? '', r.end_year ?? '');
  }
  for (const r of parseCsv(readText(join(dir, 'world__foreign-ministers__wikidata.csv')))) {
    if (!/^Q\d+$/.test(r.person ?? '')) continue;
    const iso2 = countries.iso2ByQid.get(r.country ?? '') ?? '';
    const p = get(r.person!, r.name ?? '', iso2);
    const label = r.positionLabel ?? '';
    const country = r.countryLabel ?? '';
    addHolding(p, country && !label.includes(country) ? `${label}, ${country}` : label, r.start ?? '', '');
  }
  for (const r of parseCsv(readText(join(dir, 'world__intl-officeholders__holders21.csv')))) {
    if (!/^Q\d+$/.test(r.personID ?? '')) continue;
    addHolding(get(r.personID!, r.person ?? '', ''), r.position ?? '', r.start ?? '', r.end ?? '');
  }
  for (const r of parseCsv(readText(join(dir, 'russia-cabinet__wikidata.csv')))) {
    if (!/^Q\d+$/.test(r.wdid ?? '')) continue;
    const p = get(r.wdid!, r.wdLabel ?? '', 'RU');
    for (const n of [r.name ?? '', r.wdLabel ?? '']) if (n && n !== p.name && isLatin(n) && !p.otherNames.includes(n)) p.otherNames.push(n);
  }
  return people;
}
