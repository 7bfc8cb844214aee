// The 14,730 most notable people of the Cross-Verified Database of Notable People (Laouenan et al.
// 2022, via médialab bhht-datascape): notability rank, occupation group and citizenship.
import { join } from 'node:path';
import { parseCsv, readText } from './read.ts';
import { yearOf } from './describe.ts';

export interface NotableRecord {
  qid: string;
  name: string;
  rank: number;
  citizenship: string;
  occupation: string;
  birth: number;
  death: number;
}

/** Level-1 occupation groups of the database as a short English noun. */
export const OCCUPATION_NOUNS: Record<string, string> = {
  Leadership: 'political leader',
  Culture: 'cultural figure',
  'Discovery/Science': 'scientist',
  'Sports/Games': 'sportsperson',
  Nobility: 'noble',
  Religious: 'religious figure',
  Military: 'military figure',
  'Worker/Business': 'business figure',
  Other: 'notable person',
  Missing: 'notable person',
};

export function loadNotable(dataDir: string): NotableRecord[] {
  const rows = parseCsv(readText(join(dataDir, 'people/bhht_cvd_top/top.csv.gz')));
  return rows
    .filter((r) => /^Q\d+$/.test(r.wikidata_code ?? '') && r.name)
    .map((r) => ({
      qid: r.wikidata_code!,
      name: r.name!.replace(/_/g, ' '),
      rank: Number(r.ranking) || Infinity,
      citizenship: r.citizenship ?? '',
      occupation: r.occupation ?? '',
      birth: yearOf(r.birth ?? ''),
      death: yearOf(r.death ?? ''),
    }))
    .sort((a, b) => a.rank - b.rank || a.qid.localeCompare(b.qid));
}

export function describeNotable(n: NotableRecord, countryName: string): string {
  const noun = OCCUPATION_NOUNS[n.occupation] ?? (n.occupation ? n.occupation.toLowerCase() : 'notable person');
  const life = Number.isNaN(n.birth) ? '' : ` (${n.birth < 0 ? `${-n.birth} BC` : n.birth}–${Number.isNaN(n.death) ? '' : n.death < 0 ? `${-n.death} BC` : n.death})`;
  return `${noun}${countryName ? `, ${countryName}` : ''}${life}`;
}
