// The library entry on real pages with the real index: the content script's extraction and the core,
// unchanged, behind a Node-friendly surface.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle as contentExtract } from '../content/extract.ts';
import * as lib from './lib.ts';

const PAGES = fileURLToPath(new URL('../../shared/data/pages/readability/', import.meta.url));
const haveShared = existsSync(PAGES + 'nytimes-1/source.html');

let indexLoading: Promise<lib.DramatisIndex> | undefined;
/** The real index, opened once per test file. */
const shippedIndex = () => (indexLoading ??= lib.loadDefaultIndex());

describe('package entry', () => {
  it("is what `import 'dramatis'` resolves to (package.json exports)", async () => {
    const viaPackage = await import('dramatis');
    expect(viaPackage.annotate).toBe(lib.annotate);
    expect(viaPackage.extractArticle).toBe(lib.extractArticle);
    expect(viaPackage.loadDefaultIndex).toBe(lib.loadDefaultIndex);
  });

  it('opens the shipped index', async () => {
    const index = await shippedIndex();
    expect(index.entityCount).toBeGreaterThan(1000);
  });
});

describe.skipIf(!haveShared)('extractArticle and annotate on real pages (../shared)', () => {
  let nytimes: string;
  let wikipedia: string;
  let index: lib.DramatisIndex;
  beforeAll(async () => {
    nytimes = readFileSync(PAGES + 'nytimes-1/source.html', 'utf8');
    wikipedia = readFileSync(PAGES + 'wikipedia/source.html', 'utf8');
    index = await shippedIndex();
  });

  it("gives the content script's extraction for an HTML string and for a Document, leaving the Document as it was", () => {
    const doc = lib.parseHtmlDocument(nytimes);
    const before = doc.documentElement.outerHTML;
    const fromContent = contentExtract(lib.parseHtmlDocument(nytimes));
    const fromString = lib.extractArticle(nytimes, 'https://www.nytimes.com/2017/01/13/world/africa/sudan.html');
    const fromDocument = lib.extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    const { isArticle, reason, title, byline, lang, text } = fromContent;
    expect(fromString).toEqual({ isArticle, reason, title, byline, lang, text, url: 'https://www.nytimes.com/2017/01/13/world/africa/sudan.html' });
    expect(fromDocument).toEqual({ ...fromString, url: '' });
    expect(fromString).toMatchObject({ isArticle: true, title: 'United States to Lift Sudan Sanctions', lang: 'en' });
  });

  it('annotates the extracted text with offsets into it', () => {
    const article = lib.extractArticle(nytimes);
    const result = lib.annotate(article.text, index);
    const sudan = result.places.find((p) => p.name === 'Sudan');
    expect(sudan?.mentions.length).toBeGreaterThan(3);
    for (const e of [...result.people, ...result.places]) for (const m of e.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('says a non-article is one only when forced', () => {
    expect(lib.extractArticle(wikipedia)).toMatchObject({ isArticle: false, reason: 'encyclopedia', text: '' });
    const forced = lib.extractArticle(wikipedia, '', { force: true });
    expect(forced).toMatchObject({ isArticle: true, reason: 'forced' });
    expect(forced.text.length).toBeGreaterThan(1000);
  });
});
