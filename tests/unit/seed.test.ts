// The article the product was specified with: every gold person and place, exact mention counts, no trap.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, normaliseKey, type AnnotateResult, type FoundEntity } from '../../src/core/index.ts';
import { realIndex } from './real-index.ts';

const SEED_DIR = fileURLToPath(new URL('../../../shared/seed/', import.meta.url));
const haveSeed = existsSync(SEED_DIR + 'gold.json');

interface GoldEntity { name: string; wikidata?: string; forms: string[]; mentions: number }
interface Gold { people: GoldEntity[]; places: GoldEntity[] }

/** A found entity is the gold one when the Wikidata ids agree, or (without an id) when a gold form names it. */
function matches(found: FoundEntity, gold: GoldEntity): boolean {
  if (gold.wikidata && found.wikidata) return gold.wikidata === found.wikidata || normaliseKey(found.name) === normaliseKey(gold.name);
  const forms = new Set([gold.name, ...gold.forms].map(normaliseKey));
  return forms.has(normaliseKey(found.name)) || found.mentions.some((m) => forms.has(normaliseKey(m.text)) && normaliseKey(m.text).includes(' '));
}

describe.skipIf(!haveSeed)('seed article (../shared/seed)', () => {
  let result: AnnotateResult;
  let gold: Gold;
  beforeAll(async () => {
    const text = readFileSync(SEED_DIR + 'article-syria-2016.txt', 'utf8');
    gold = JSON.parse(readFileSync(SEED_DIR + 'gold.json', 'utf8')) as Gold;
    result = annotate(text, await realIndex());
  });

  it('finds all 9 gold people with their exact mention counts', () => {
    const report = gold.people.map((g) => {
      const found = result.people.find((f) => matches(f, g));
      return `${g.name}: ${found ? found.mentions.length : 'missing'} (gold ${g.mentions})`;
    });
    expect(report).toEqual(gold.people.map((g) => `${g.name}: ${g.mentions} (gold ${g.mentions})`));
  });

  it('finds all 18 gold places with their exact mention counts', () => {
    const report = gold.places.map((g) => {
      const found = result.places.find((f) => matches(f, g));
      return `${g.name}: ${found ? found.mentions.length : 'missing'} (gold ${g.mentions})`;
    });
    expect(report).toEqual(gold.places.map((g) => `${g.name}: ${g.mentions} (gold ${g.mentions})`));
  });

  it('falls into no trap: nothing outside gold is reported', () => {
    const extraPeople = result.people.filter((f) => !gold.people.some((g) => matches(f, g))).map((f) => f.name);
    const extraPlaces = result.places.filter((f) => !gold.places.some((g) => matches(f, g))).map((f) => f.name);
    expect({ extraPeople, extraPlaces }).toEqual({ extraPeople: [], extraPlaces: [] });
  });

  it('links Jordan Shilton as a person not in the index', () => {
    const shilton = result.people.find((p) => p.name === 'Jordan Shilton');
    expect(shilton?.inIndex).toBe(false);
  });
});
