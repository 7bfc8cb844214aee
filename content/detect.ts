// Is this page a single article? Pure predicates on a Document, strongest evidence first:
// what the page declares about itself (JSON-LD, Open Graph), then its structure (<article>),
// then Readability's cheap "readerable" heuristic. Reading only: nothing here changes the page.

import { isProbablyReaderable } from '@mozilla/readability';

/** JSON-LD types that declare a single article. */
const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle',
  'BlogPosting', 'LiveBlogPosting', 'Report', 'TechArticle', 'ScholarlyArticle', 'SocialMediaPosting',
]);
/** JSON-LD types that declare a page which is not one article (listings, shops, profiles). */
const NON_ARTICLE_TYPES = new Set([
  'CollectionPage', 'ItemList', 'SearchResultsPage', 'Product', 'ProductGroup', 'ProfilePage',
  'Store', 'Offer', 'AboutPage', 'ContactPage', 'CheckoutPage', 'FAQPage',
]);
/** og:type values that say "not an article". */
const NON_ARTICLE_OG_TYPES = /^(product|profile|book|music\.|video\.(?!other)|business\.|place)/;

/** An <article> is "dominant" when it holds this share of all <article> text... */
const DOMINANT_ARTICLE_SHARE = 0.6;
/** ... and at least this many characters. */
const MIN_ARTICLE_ELEMENT_CHARS = 500;
/** A page that calls itself og:type=website needs this much prose (paragraphs of 140+ characters) to count. */
const WEBSITE_MIN_PROSE_CHARS = 1500;
/** Readability's own threshold for a paragraph that counts. */
const PROSE_PARAGRAPH_CHARS = 140;
/** This many substantial <article> elements of which none dominates is a listing (section front). */
const LISTING_MIN_ARTICLES = 3;
/** An <article> counts as substantial from this many characters. */
const LISTING_ARTICLE_CHARS = 80;

export interface ArticleDetection {
  isArticle: boolean;
  /** 'json-ld', 'og:type', 'article-element', 'microdata', 'readerable', or why not: 'encyclopedia', 'listing', 'not-article-type', 'website', 'none'. */
  reason: string;
}

function collectTypes(item: unknown, into: Set<string>, depth: number): void {
  if (depth > 3 || item === null || typeof item !== 'object') return;
  if (Array.isArray(item)) {
    for (const child of item) collectTypes(child, into, depth + 1);
    return;
  }
  const record = item as Record<string, unknown>;
  const type = record['@type'];
  for (const t of Array.isArray(type) ? type : [type]) {
    if (typeof t === 'string') into.add(t.replace(/^https?:\/\/schema\.org\//, ''));
  }
  if (record['@graph']) collectTypes(record['@graph'], into, depth + 1);
  // A WebPage may name its main entity: that entity's type is what the page is.
  if (record.mainEntity && typeof record.mainEntity === 'object') collectTypes(record.mainEntity, into, depth + 1);
}

/** The schema.org @types declared at the top level of the page's JSON-LD (including @graph items). */
export function jsonLdTypes(doc: Document): Set<string> {
  const types = new Set<string>();
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // Some sites wrap the JSON in CDATA markers (as Readability also tolerates).
      const json = (script.textContent ?? '').replace(/^\s*(\/\/\s*)?<!\[CDATA\[|(\/\/\s*)?\]\]>\s*$/g, '');
      collectTypes(JSON.parse(json), types, 0);
    } catch {
      // Broken JSON-LD is common; it just tells us nothing.
    }
  }
  return types;
}

export function metaContent(doc: Document, key: string): string {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return (el?.getAttribute('content') ?? '').trim();
}

/** MediaWiki pages (Wikipedia and its kin) are encyclopedia entries, not news articles. */
export function isEncyclopedia(doc: Document): boolean {
  if (/^MediaWiki/i.test(metaContent(doc, 'generator'))) return true;
  return doc.querySelector('#mw-content-text, .mw-parser-output') !== null;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** 'dominant' when one <article> holds the page's article text, 'listing' for many teasers, else 'none'. */
export function articleElementShape(doc: Document): 'dominant' | 'listing' | 'none' {
  // Nested <article>s (comments inside a post) are counted through their outermost one.
  // Comments marked up as <article>s are not teasers of other articles.
  const outer = [...doc.querySelectorAll('article')].filter(
    (el) => !el.parentElement?.closest('article') && !/comment/i.test(`${el.id} ${el.getAttribute('class') ?? ''}`),
  );
  if (outer.length === 0) return 'none';
  const lengths = outer.map(textLength);
  const total = lengths.reduce((a, b) => a + b, 0);
  const longest = Math.max(...lengths);
  if (longest >= MIN_ARTICLE_ELEMENT_CHARS && longest >= DOMINANT_ARTICLE_SHARE * total) return 'dominant';
  const substantial = lengths.filter((n) => n >= LISTING_ARTICLE_CHARS).length;
  return substantial >= LISTING_MIN_ARTICLES ? 'listing' : 'none';
}

/** Whether the page marks an element up as an article with schema.org microdata. */
export function hasArticleMicrodata(doc: Document): boolean {
  for (const el of doc.querySelectorAll('[itemtype]')) {
    for (const url of (el.getAttribute('itemtype') ?? '').split(/\s+/)) {
      if (ARTICLE_TYPES.has(url.replace(/^https?:\/\/schema\.org\//, ''))) return true;
    }
  }
  return false;
}

/** Characters of text in paragraphs long enough to be prose. */
export function proseLength(doc: Document): number {
  let total = 0;
  for (const p of doc.querySelectorAll('p, pre')) {
    const length = textLength(p);
    if (length >= PROSE_PARAGRAPH_CHARS) total += length;
  }
  return total;
}

export function detectArticle(doc: Document): ArticleDetection {
  if (isEncyclopedia(doc)) return { isArticle: false, reason: 'encyclopedia' };
  const types = jsonLdTypes(doc);
  const declaresArticle = [...types].some((t) => ARTICLE_TYPES.has(t));
  if (declaresArticle) return { isArticle: true, reason: 'json-ld' };
  if (hasArticleMicrodata(doc)) return { isArticle: true, reason: 'microdata' };
  if ([...types].some((t) => NON_ARTICLE_TYPES.has(t))) return { isArticle: false, reason: 'not-article-type' };
  const ogType = metaContent(doc, 'og:type').toLowerCase();
  if (NON_ARTICLE_OG_TYPES.test(ogType)) return { isArticle: false, reason: 'not-article-type' };
  if (ogType === 'article') return { isArticle: true, reason: 'og:type' };
  const shape = articleElementShape(doc);
  if (shape === 'listing') return { isArticle: false, reason: 'listing' };
  if (shape === 'dominant') return { isArticle: true, reason: 'article-element' };
  if (isProbablyReaderable(doc)) {
    // A page that declares itself a plain website (product and landing pages) must show real prose.
    if (ogType === 'website' && proseLength(doc) < WEBSITE_MIN_PROSE_CHARS) return { isArticle: false, reason: 'website' };
    return { isArticle: true, reason: 'readerable' };
  }
  return { isArticle: false, reason: 'none' };
}
