// EveryPolitician legislators, November 2015 snapshot (Popolo JSON; mySociety, Wikidata fields CC0).
import { join } from 'node:path';
import { TIER_LEGISLATOR, yearOf, type Holding } from './describe.ts';
import { isLatin } from './draft.ts';
import { readTar } from './read.ts';

export interface Ep2015Record {
  qid: string;
  name: string;
  otherNames: string[];
  /** Country name as EveryPolitician writes it. */
  countryName: string;
  holdings: Holding[];
}

interface Popolo {
  persons: { id: string; name: string; other_names?: { name: string; lang?: string }[]; identifiers?: { scheme: string; identifier: string }[] }[];
  organizations?: { id: string; classification?: string; name?: string }[];
  memberships?: { person_id: string; organization_id?: string; legislative_period_id?: string; start_date?: string; end_date?: string }[];
  events?: { id: string; start_date?: string; end_date?: string }[];
}

export function loadEp2015(dataDir: string): Ep2015Record[] {
  const tar = readTar(join(dataDir, 'people/everypolitician_2015/ep-popolo-v1.0_all-legislatures.tar.gz'));
  const countriesJson = JSON.parse(tar.get('countries.json')!.toString('utf8')) as { country: string; legislatures: { name: string; popolo: string }[] }[];
  const out: Ep2015Record[] = [];
  const legislatures = countriesJson.flatMap((c) => c.legislatures.map((l) => ({ country: c.country, ...l }))).sort((a, b) => a.popolo.localeCompare(b.popolo));
  for (const leg of legislatures) {
    const body = tar.get(leg.popolo);
    if (!body) continue;
    const pop = JSON.parse(body.toString('utf8')) as Popolo;
    const terms = new Map((pop.events ?? []).map((e) => [e.id, e]));
    const legOrg = (pop.organizations ?? []).find((o) => o.classification === 'legislature');
    const house = legOrg?.name || leg.name;
    const spans = new Map<string, { start: number; end: number }>();
    for (const m of pop.memberships ?? []) {
      const t = m.legislative_period_id ? terms.get(m.legislative_period_id) : undefined;
      const start = yearOf(m.start_date ?? t?.start_date ?? '');
      const end = t && !t.end_date && !m.end_date ? Infinity : yearOf(m.end_date ?? t?.end_date ?? '');
      const prev = spans.get(m.person_id);
      if (!prev) spans.set(m.person_id, { start, end });
      else {
        if (!(prev.start <= start)) prev.start = Number.isNaN(start) ? prev.start : Number.isNaN(prev.start) ? start : Math.min(prev.start, start);
        if (!(prev.end >= end)) prev.end = Number.isNaN(end) ? prev.end : end;
      }
    }
    for (const p of pop.persons) {
      const english = (p.other_names ?? []).find((o) => o.lang === 'en' && isLatin(o.name))?.name;
      const name = displayOrder(english ?? (isLatin(p.name) ? p.name : ''));
      if (!name || !/\s/.test(name)) continue;
      const qid = (p.identifiers ?? []).find((i) => i.scheme === 'wikidata')?.identifier ?? '';
      const s = spans.get(p.id) ?? { start: NaN, end: NaN };
      const label = `member of the ${house}, ${leg.country}`.replace('member of the the', 'member of the');
      out.push({
        qid: /^Q\d+$/.test(qid) ? qid : '',
        name,
        otherNames: name !== p.name && isLatin(p.name) ? [p.name] : [],
        countryName: leg.country,
        holdings: [{ label, start: s.start, end: s.end, tier: TIER_LEGISLATOR }],
      });
    }
  }
  return out;
}

/**
 * Parliament sites write "Dupont, Jean" or "DUPONT Jean"; English prose writes "Jean Dupont".
 * An all-capitals token (3+ letters) is the family name: title-case it and put it last.
 */
export function displayOrder(raw: string): string {
  let name = raw.replace(/\s+/g, ' ').trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) name = `${comma[2]} ${comma[1]}`;
  const tokens = name.split(' ');
  const isCaps = (t: string) => /^\p{Lu}[\p{Lu}'-]{2,}$/u.test(t);
  if (tokens.some(isCaps) && !tokens.every(isCaps)) {
    const title = (t: string) => t.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_m, a: string, c: string) => a + c.toUpperCase());
    const family = tokens.filter(isCaps).map(title);
    const given = tokens.filter((t) => !isCaps(t));
    return [...given, ...family].join(' ');
  }
  return name;
}
