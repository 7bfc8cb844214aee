// The package's library entry (Node): the same core and extraction the extension runs, plus the glue
// a Node caller needs — parsing HTML with linkedom and finding the shipped index file.
//
//   import { loadDefaultIndex, extractArticle, annotate } from 'dramatis';
//   const index = await loadDefaultIndex();
//   const article = extractArticle(html);
//   if (article.isArticle) console.log(annotate(article.text, index).people);

import { parseHTML } from 'linkedom';
import { extractArticle as extractFromDocument, type ExtractOptions, type ExtractedArticle } from '../content/extract.ts';
import type { DramatisIndex } from './core/index.ts';
import { loadIndexFile } from './node/index-file.ts';

export { annotate, loadIndex, DramatisIndex, IndexFormatError } from './core/index.ts';
export type * from './core/types.ts';
export { toMarkdown, type MarkdownOptions } from './format/markdown.ts';

export { DEFAULT_INDEX_PATH, loadIndexFile } from './node/index-file.ts';

/** Reads and opens the shipped index. Rejects with IndexFormatError when the file is damaged. */
export function loadDefaultIndex(): Promise<DramatisIndex> {
  return loadIndexFile();
}

/**
 * What the content script extracts (isArticle and why, title, byline, lang, and the text the core
 * analyses — entity offsets point into it), without its map to live DOM nodes, plus the page address
 * the caller passed ('' if none).
 */
export type Article = Omit<ExtractedArticle, 'segments' | 'source'> & { url: string };

export interface ArticleOptions {
  /** Analyse the page even when it does not look like an article (the popup's "Analyze anyway"). */
  force?: boolean;
}

/** Parses an HTML string into a standalone (linkedom) Document. */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * Detects and extracts the article of a page: an HTML string (parsed with linkedom) or any Document.
 * The same `extractArticle` the content script runs; a given Document is only read.
 */
export function extractArticle(html: string | Document, url = '', options: ArticleOptions = {}): Article {
  const doc = typeof html === 'string' ? parseHtmlDocument(html) : html;
  const extractOptions: ExtractOptions = { force: options.force === true };
  const { isArticle, reason, title, byline, lang, text } = extractFromDocument(doc, extractOptions);
  return { isArticle, reason, title, byline, lang, text, url };
}
