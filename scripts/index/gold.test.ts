// Full build from the shared source data, checked against the seed article's gold people and places.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEntities, type BuiltEntities } from '../build-index.ts';
import { key, type Draft } from './draft.ts';

const dataDir = resolve(__dirname, '../../../shared/data');
const goldFile = resolve(__dirname, '../../../shared/seed/gold.json');

interface GoldEntity { name: string; wikidata?: string; forms: string[] }

describe.runIf(existsSync(dataDir))('merged entity list', () => {
  let built: BuiltEntities;
  const byKey = new Map<string, Draft[]>();
  const forms = (d: Draft) => [d.name, ...d.aliases.map((a) => a.text)].map(key);
  beforeAll(() => {
    built = buildEntities(dataDir);
    for (const d of built.drafts) for (const k of new Set(forms(d))) { const l = byKey.get(k) ?? []; l.push(d); byKey.set(k, l); }
  }, 300_000);

  it('has at least 300,000 entities without duplicate Wikidata ids', () => {
    expect(built.drafts.length).toBeGreaterThanOrEqual(300_000);
    const qids = built.drafts.map((d) => d.wikidata).filter(Boolean);
    expect(new Set(qids).size).toBe(qids.length);
    for (const d of built.drafts) expect(d.prior).toBeGreaterThanOrEqual(0), expect(d.prior).toBeLessThanOrEqual(1);
  });

  it('covers every gold person and place found in the data, under every gold form', () => {
    const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { people: GoldEntity[]; places: GoldEntity[] };
    // Not in any source: a think-tank analyst and the byline author (found at run time as unknown names).
    const absent = new Set(['Anthony Cordesman', 'Jordan Shilton']);
    for (const [type, list] of [['person', gold.people], ['place', gold.places]] as const) {
      for (const g of list) {
        if (absent.has(g.name)) continue;
        const candidates = (byKey.get(key(g.name)) ?? []).filter((d) => d.type === type);
        expect(candidates.length, g.name).toBeGreaterThan(0);
        const best = candidates.sort((a, b) => b.prior! - a.prior!)[0]!;
        expect(best.description, g.name).not.toBe('');
        for (const f of g.forms) expect(forms(best), `${g.name} / ${f}`).toContain(key(f));
      }
    }
  });

  it('describes the seed people by their most important office', () => {
    const q = (id: string) => built.drafts.find((d) => d.wikidata === id)!;
    expect(q('Q39259').description).toBe('President of Turkey (2014–)');
    expect(q('Q76').description).toBe('President of the United States (2009–2017)');
    expect(q('Q22316').description).toMatch(/Secretary of State \(2013–2017\)/);
    expect(q('Q58217').description).toMatch(/^Minister of Foreign Affairs.*Russia.*\(2004–\)$/);
    expect(q('Q858').description).toBe('country in Western Asia');
    expect(q('Q3766').description).toBe('capital of Syria');
  });

  it('keeps the gold traps apart by prior', () => {
    const top = (form: string, type: 'person' | 'place') => (byKey.get(key(form)) ?? []).filter((d) => d.type === type).sort((a, b) => b.prior! - a.prior!);
    expect(top('Washington', 'place')[0]!.wikidata).toBe('Q61');
    expect(top('Washington', 'place')[0]!.name).toBe('Washington, D.C.');
    const obamaCity = top('Obama', 'place')[0]!;
    const obama = top('Obama', 'person')[0]!;
    expect(obama.wikidata).toBe('Q76');
    expect(obama.prior! - obamaCity.prior!).toBeGreaterThan(0.5);
    expect(top('Kerry', 'person')[0]!.wikidata).toBe('Q22316');
    expect(top('Clinton', 'person')[0]!.prior!).toBeGreaterThan(top('Clinton', 'place')[0]!.prior!);
    expect(top('Assad', 'person')[0]!.wikidata).toBe('Q44329');
  });

  it('provides the lexicons', () => {
    expect(built.givenNames).toEqual(expect.arrayContaining(['Jordan', 'Anthony', 'Sergei']));
    expect(built.demonyms).toEqual(expect.arrayContaining(['Syrian', 'Turkish', 'Kurdish', 'Russian', 'American', 'African', 'European', 'Asian']));
    expect(built.commonWords).toEqual(expect.arrayContaining(['the', 'will', 'state']));
    expect(built.commonWords).not.toContain('john');
  });
});

// A missing data dir must not pass silently in CI, where shared/ sits beside the repo.
it('finds the shared data beside the repo', () => {
  expect(existsSync(join(dataDir, 'places'))).toBe(true);
});
