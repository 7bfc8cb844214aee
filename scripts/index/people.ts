// Assemble person entities from the four people sources, joined on Wikidata id, then English
// Wikipedia title, then (EP2015 only) name + country when that pair is unique.
import type { Countries } from './countries.ts';
import type { CongressRecord } from './congress.ts';
import { bestHolding, describeHoldings, type Holding } from './describe.ts';
import { addAlias, isLatin, key, newDraft, type Draft } from './draft.ts';
import type { Ep2015Record } from './ep2015.ts';
import { describeNotable, type NotableRecord } from './notable.ts';
import type { PoliticianRecord } from './politicians.ts';

interface Person { draft: Draft; holdings: Holding[]; notable?: NotableRecord }

const stripDisambiguator = (t: string) => t.replace(/_/g, ' ').replace(/\s*\([^)]*\)\s*$/, '').trim();

export interface PeopleStats { [source: string]: { added: number; joined: number } }

export function assemblePeople(
  countries: Countries,
  politicians: Map<string, PoliticianRecord>,
  notable: NotableRecord[],
  congress: CongressRecord[],
  ep2015: Ep2015Record[],
): { drafts: Draft[]; stats: PeopleStats } {
  const stats: PeopleStats = {};
  const stat = (s: string, joined: boolean) => { stats[s] ??= { added: 0, joined: 0 }; stats[s][joined ? 'joined' : 'added']++; };
  const byQid = new Map<string, Person>();
  const byWiki = new Map<string, Person>();
  const all: Person[] = [];
  const add = (p: Person, wiki: string) => {
    all.push(p);
    if (p.draft.wikidata) byQid.set(p.draft.wikidata, p);
    if (wiki && !byWiki.has(wiki)) byWiki.set(wiki, p);
  };

  for (const qid of [...politicians.keys()].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))) {
    const r = politicians.get(qid)!;
    const display = r.enwiki && isLatin(r.enwiki) ? stripDisambiguator(r.enwiki) : r.name;
    if (!display || !isLatin(display)) continue;
    const d = newDraft({ type: 'person', kind: 'politician', name: display, source: 'every-politician-scrapers', wikidata: qid, country: r.country });
    if (r.name && r.name !== display) addAlias(d, r.name, 'name');
    for (const n of r.otherNames) addAlias(d, n, 'alt');
    add({ draft: d, holdings: [...r.holdings] }, r.enwiki);
    stat('every-politician-scrapers', false);
  }

  for (const n of notable) {
    let p = byQid.get(n.qid);
    if (p) { stat('bhht', true); addAlias(p.draft, n.name, 'name'); }
    else {
      const iso = countries.iso2ByKey.get(key(n.citizenship)) ?? (countries.byIso2.has(n.citizenship) ? n.citizenship : '');
      const d = newDraft({ type: 'person', kind: n.occupation === 'Leadership' ? 'politician' : 'notable', name: stripDisambiguator(n.name), source: 'bhht', wikidata: n.qid, country: iso });
      p = { draft: d, holdings: [] };
      add(p, n.name);
      stat('bhht', false);
    }
    p.notable = n;
    p.draft.bhhtRank = n.rank;
  }

  for (const c of congress) {
    const p = (c.qid && byQid.get(c.qid)) || (c.enwiki && byWiki.get(c.enwiki)) || undefined;
    if (p) {
      stat('us-congress', true);
      if (c.name !== p.draft.name) addAlias(p.draft, c.name, 'name');
      for (const n of c.otherNames) addAlias(p.draft, n, 'name');
      p.holdings.push(...c.holdings);
      continue;
    }
    const d = newDraft({ type: 'person', kind: 'politician', name: c.name, source: 'us-congress', wikidata: c.qid, country: 'US' });
    for (const n of c.otherNames) addAlias(d, n, 'name');
    add({ draft: d, holdings: [...c.holdings] }, c.enwiki);
    stat('us-congress', false);
  }

  // Name + country index for the 2015 legislators that carry no Wikidata id.
  const byNameCountry = new Map<string, Person | null>();
  for (const p of all) {
    const k = `${key(p.draft.name)}|${p.draft.country}`;
    byNameCountry.set(k, byNameCountry.has(k) ? null : p);
  }
  for (const e of ep2015) {
    const iso = countries.iso2ByKey.get(key(e.countryName)) ?? '';
    let p = e.qid ? byQid.get(e.qid) : undefined;
    if (!p) {
      const hit = byNameCountry.get(`${key(e.name)}|${iso}`);
      if (hit) p = hit;
    }
    if (p) {
      stat('everypolitician-2015', true);
      if (e.name !== p.draft.name) addAlias(p.draft, e.name, 'name');
      // A newer source's office supersedes the 2015 membership; keep it only if nothing else is known.
      if (!p.holdings.length) p.holdings.push(...e.holdings);
      continue;
    }
    const d = newDraft({ type: 'person', kind: 'politician', name: e.name, source: 'everypolitician-2015', wikidata: e.qid, country: iso });
    for (const n of e.otherNames) addAlias(d, n, 'alt');
    p = { draft: d, holdings: [...e.holdings] };
    add(p, '');
    byNameCountry.set(`${key(e.name)}|${iso}`, null);
    if (e.qid) byQid.set(e.qid, p);
    stat('everypolitician-2015', false);
  }

  for (const p of all) {
    const d = p.draft;
    const best = bestHolding(p.holdings);
    if (best) { d.officeTier = best.tier; d.officeEnd = best.end; }
    const countryName = countries.byIso2.get(d.country)?.name ?? p.notable?.citizenship ?? '';
    d.description = describeHoldings(p.holdings) || (p.notable ? describeNotable(p.notable, countryName) : countryName ? `person, ${countryName}` : 'person');
  }
  return { drafts: all.map((p) => p.draft), stats };
}
