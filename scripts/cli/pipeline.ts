// Input text → article → people and places. The CLI, `npm run annotate` and the bench all go through here,
// and here only through the library (src/lib.ts), i.e. the same extraction and core the extension runs.
import { detectTextLang } from '../../content/lang.ts';
import { annotate, extractArticle, type AnnotateResult, type Article, type DramatisIndex } from '../../src/lib.ts';

export interface AnnotatedArticle {
  article: Article;
  /** Empty when the page is not an article. */
  result: AnnotateResult;
}

/** A Markdown heading marker in front of a .txt title ("# Syrian war …") is not part of the title. */
const HEADING_MARKER = /^#{1,6}\s+/;

/** A plain-text file is taken as an article as it is; its title is its first non-empty line, its language guessed as for pages. */
export function articleFromText(text: string, url = ''): Article {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  return { isArticle: true, reason: 'plain-text', title: firstLine.trim().replace(HEADING_MARKER, ''), byline: '', lang: detectTextLang(text), text, url };
}

/** An HTML page goes through article detection and extraction (the content script's code). */
export function articleFromHtml(html: string, options: { force?: boolean; url?: string } = {}): Article {
  return extractArticle(html, options.url ?? '', { force: options.force });
}

export function annotateArticle(article: Article, index: DramatisIndex): AnnotatedArticle {
  return { article, result: article.isArticle ? annotate(article.text, index) : { people: [], places: [] } };
}

/**
 * One HTML page, end to end: parse (linkedom) → detect → extract → annotate. This is what the bench
 * times for "pages per second".
 */
export function annotateHtml(html: string, index: DramatisIndex, options: { force?: boolean } = {}): AnnotatedArticle {
  return annotateArticle(articleFromHtml(html, options), index);
}

export function annotateText(text: string, index: DramatisIndex): AnnotatedArticle {
  return annotateArticle(articleFromText(text), index);
}
