// Gold annotation files (the seed's gold.json and tests/dev-set/<page>.json) and the texts they are counted in.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GoldEntity {
  name: string;
  wikidata?: string;
  /** Surface forms as written in the text (case-sensitive); each occurrence that refers to the entity is a mention. */
  forms: string[];
  mentions: number;
  note?: string;
}

export interface GoldTrap {
  /** Literal text in the article; also masks any shorter form inside it when recounting. */
  text: string;
  wrong: string;
}

export interface GoldFile {
  page?: string;
  article?: string;
  people: GoldEntity[];
  places: GoldEntity[];
  traps?: GoldTrap[];
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED_DIR = path.resolve(REPO_ROOT, '../shared/seed');
export const PAGES_DIR = path.resolve(REPO_ROOT, '../shared/data/pages/readability');
export const DEV_SET_DIR = path.join(REPO_ROOT, 'tests/dev-set');

export function readGold(file: string): GoldFile {
  const gold = JSON.parse(fs.readFileSync(file, 'utf8')) as GoldFile;
  if (!Array.isArray(gold.people) || !Array.isArray(gold.places)) throw new Error(`${file}: people/places missing`);
  return gold;
}

/**
 * Known errors in the shared, read-only seed gold, corrected here. Recep Tayyip Erdoğan is Q39259 in
 * both people sources (everypolitician world leaders, BHHT top); gold.json says Q39723.
 */
export const SEED_WIKIDATA_CORRECTIONS: Record<string, string> = { 'Recep Tayyip Erdoğan': 'Q39259' };

export function readSeed(): { text: string; gold: GoldFile } {
  const gold = readGold(path.join(SEED_DIR, 'gold.json'));
  for (const e of [...gold.people, ...gold.places]) e.wikidata = SEED_WIKIDATA_CORRECTIONS[e.name] ?? e.wikidata;
  const text = fs.readFileSync(path.join(SEED_DIR, gold.article ?? 'article-syria-2016.txt'), 'utf8');
  return { text, gold };
}

/** All dev-set annotation files, sorted by page folder name. */
export function readDevSet(): GoldFile[] {
  return fs
    .readdirSync(DEV_SET_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = readGold(path.join(DEV_SET_DIR, f));
      gold.page ??= f.replace(/\.json$/, '');
      return gold;
    });
}

export function readPageHtml(folder: string): string {
  return fs.readFileSync(path.join(PAGES_DIR, folder, 'source.html'), 'utf8');
}

/** English pages of the Readability corpus that are real articles (not synthetic tests, not encyclopedia or product pages). */
export function listPageFolders(): string[] {
  return fs.readdirSync(PAGES_DIR).filter((f) => fs.existsSync(path.join(PAGES_DIR, f, 'source.html'))).sort();
}
