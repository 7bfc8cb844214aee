// US Congress members and US presidents / vice-presidents: unitedstates/congress-legislators (CC0).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { yearOf, TIER_DEPUTY_HEAD, TIER_HEAD, TIER_LEGISLATOR, TIER_REGIONAL, type Holding } from './describe.ts';
import { parseCsv, readText } from './read.ts';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

export interface CongressRecord {
  /** English Wikipedia title (legislators) or '' */
  enwiki: string;
  qid: string;
  name: string;
  otherNames: string[];
  holdings: Holding[];
  birth: number;
}

export function loadCongress(dataDir: string, stateNames: Map<string, string>): CongressRecord[] {
  const dir = join(dataDir, 'people/us_congress_legislators');
  const out: CongressRecord[] = [];
  for (const [file, current] of [['legislators-historical.csv', false], ['legislators-current.csv', true]] as const) {
    for (const r of parseCsv(readText(join(dir, file)))) {
      const first = r.first_name ?? '';
      const last = r.last_name ?? '';
      if (!first || !last) continue;
      const enwiki = r.wikipedia_id ?? '';
      const plain = `${first} ${last}`;
      const name = enwiki ? enwiki.replace(/\s*\([^)]*\)\s*$/, '') : plain;
      const otherNames = [plain];
      if (r.full_name) otherNames.push(r.full_name);
      if (r.nickname) otherNames.push(`${r.nickname} ${last}`);
      if (r.middle_name) otherNames.push(`${first} ${r.middle_name} ${last}`);
      const state = stateNames.get(r.state ?? '') ?? r.state ?? '';
      const senator = r.type === 'sen';
      const label = senator ? `United States senator from ${state}` : `member of the United States House of Representatives from ${state}`;
      out.push({
        enwiki, qid: '', name, otherNames: [...new Set(otherNames)].filter((n) => n !== name),
        holdings: [{ label, start: NaN, end: current ? Infinity : NaN, tier: senator ? TIER_REGIONAL : TIER_LEGISLATOR }],
        birth: yearOf(r.birthday ?? ''),
      });
    }
  }
  interface Exec { id: { wikipedia?: string; wikidata?: string }; name: { first: string; last: string; official_full?: string; nickname?: string }; bio?: { birthday?: string }; terms: { type: string; start: string; end: string }[] }
  const execs = yaml.load(readText(join(dir, 'executive.yaml'))) as Exec[];
  for (const e of execs) {
    const name = e.id.wikipedia ? e.id.wikipedia.replace(/\s*\([^)]*\)\s*$/, '') : `${e.name.first} ${e.name.last}`;
    const holdings: Holding[] = e.terms.map((t) => ({
      label: t.type === 'prez' ? 'President of the United States' : 'Vice President of the United States',
      start: yearOf(t.start), end: yearOf(t.end), tier: t.type === 'prez' ? TIER_HEAD : TIER_DEPUTY_HEAD,
    }));
    const otherNames = [`${e.name.first} ${e.name.last}`, e.name.official_full ?? ''].filter((n) => n && n !== name);
    out.push({ enwiki: e.id.wikipedia ?? '', qid: e.id.wikidata ?? '', name, otherNames, holdings, birth: yearOf(e.bio?.birthday ?? '') });
  }
  return out;
}
