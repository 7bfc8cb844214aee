// Full build from the shared source data, checked against the seed article's gold people and places,
// and against the committed index: the build is deterministic, so the two must be byte-identical.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DramatisIndex } from '../../src/core/index.ts';
import { loadIndexFile } from '../../src/node/index-file.ts';
import { key, type Draft } from './draft.ts';

const repoRoot = resolve(__dirname, '../..');

const dataDir = resolve(__dirname, '../../../shared/data');
const goldFile = resolve(__dirname, '../../../shared/seed/gold.json');

interface GoldEntity { name: string; wikidata?: string; forms: string[] }

describe.runIf(existsSync(dataDir))('merged entity list', () => {
  const built: { drafts: Draft[] } = { drafts: [] };
  let index: DramatisIndex;
  let indexFile = '';
  const byKey = new Map<string, Draft[]>();
  const forms = (d: Draft) => [d.name, ...d.aliases.map((a) => a.text)].map(key);
  beforeAll(async () => {
    // The real build command, in a child process so this test worker stays responsive meanwhile.
    const out = mkdtempSync(join(tmpdir(), 'dramatis-index-'));
    indexFile = join(out, 'dramatis.idx');
    const dump = join(out, 'entities.jsonl');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build-index.ts', '--data', dataDir, '--out', indexFile, '--dump', dump], {
      cwd: repoRoot,
      maxBuffer: 16 * 2 ** 20,
    });
    built.drafts = readFileSync(dump, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Draft);
    index = await loadIndexFile(indexFile);
    for (const d of built.drafts) for (const k of new Set(forms(d))) { const l = byKey.get(k) ?? []; l.push(d); byKey.set(k, l); }
  }, 300_000);

  it('is byte-identical to the committed index (deterministic, and rebuilt after every change)', () => {
    expect(readFileSync(indexFile).equals(readFileSync(join(repoRoot, 'data/index/dramatis.idx')))).toBe(true);
  });

  it('has at least 300,000 entities without duplicate Wikidata ids', () => {
    expect(built.drafts.length).toBeGreaterThanOrEqual(300_000);
    const qids = built.drafts.map((d) => d.wikidata).filter(Boolean);
    expect(new Set(qids).size).toBe(qids.length);
    expect(built.drafts.filter((d) => !(d.prior! >= 0 && d.prior! <= 1)).map((d) => d.name)).toEqual([]);
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
    for (const name of ['jordan', 'anthony', 'sergei']) expect(index.isGivenName(name), name).toBe(true);
    for (const word of ['syrian', 'turkish', 'kurdish', 'russian', 'american', 'african', 'european', 'asian']) expect(index.isDemonym(word), word).toBe(true);
    for (const word of ['the', 'will', 'state', 'well', 'congress']) expect(index.isCommonWord(word), word).toBe(true);
    for (const word of ['john', 'chicago', 'china']) expect(index.isCommonWord(word), word).toBe(false);
    expect(index.isGivenName('the')).toBe(false);
  });
});

// A missing data dir must not pass silently in CI, where shared/ sits beside the repo.
it('finds the shared data beside the repo', () => {
  expect(existsSync(join(dataDir, 'places'))).toBe(true);
});
