// The seed article's gold people and places, and matching of what the popup shows against them.
import { readFileSync } from 'node:fs';
import { SEED_GOLD } from '../fixtures/article-page.ts';

export interface GoldEntity {
  name: string;
  wikidata?: string;
  forms: string[];
  mentions: number;
}
export interface Gold {
  people: GoldEntity[];
  places: GoldEntity[];
}

/** One entry as the popup shows it. */
export interface ShownEntity {
  id: string;
  name: string;
  count: number;
  notInIndex: boolean;
  description: string;
}

export function loadGold(): Gold {
  return JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as Gold;
}

const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Same entity: same Wikidata id when gold has one, else same name or one of gold's surface forms. */
export function isSameEntity(gold: GoldEntity, shown: ShownEntity): boolean {
  if (gold.wikidata && shown.id === gold.wikidata) return true;
  const name = fold(shown.name);
  return name === fold(gold.name) || gold.forms.some((form) => fold(form) === name);
}

export interface GoldComparison {
  missing: string[];
  wrongCounts: string[];
  extra: string[];
}

export function compareWithGold(gold: GoldEntity[], shown: ShownEntity[]): GoldComparison {
  const missing: string[] = [];
  const wrongCounts: string[] = [];
  const matched = new Set<ShownEntity>();
  for (const entity of gold) {
    const found = shown.find((candidate) => isSameEntity(entity, candidate));
    if (!found) {
      missing.push(entity.name);
      continue;
    }
    matched.add(found);
    if (found.count !== entity.mentions) wrongCounts.push(`${entity.name}: shown ${found.count}, gold ${entity.mentions}`);
  }
  const extra = shown.filter((entity) => !matched.has(entity)).map((entity) => `${entity.name} (${entity.count})`);
  return { missing, wrongCounts, extra };
}
