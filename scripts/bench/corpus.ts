// Texts for the throughput benchmark: the extracted English articles of the Readability test pages
// (dev set first), and the raw pages for the full-pipeline pages-per-second figure.
import { listPageFolders, readDevSet, readPageHtml } from '../eval/gold.ts';
import { extractPage } from '../eval/article-text.ts';

/** Articles shorter than this are synthetic test pages, not prose worth timing. */
const MIN_ARTICLE_CHARS = 1000;

export interface BenchPage {
  folder: string;
  html: string;
}

export function readAllPages(): BenchPage[] {
  return listPageFolders().map((folder) => ({ folder, html: readPageHtml(folder) }));
}

/** Extracted text of the dev-set pages and of every other English article page. */
export async function englishArticleTexts(pages: BenchPage[]): Promise<{ folder: string; text: string }[]> {
  const devFolders = new Set(readDevSet().map((g) => g.page!));
  const out: { folder: string; text: string }[] = [];
  for (const page of pages) {
    const { article } = await extractPage(page.html);
    const english = devFolders.has(page.folder) || (article.lang ?? '').toLowerCase().startsWith('en');
    if (article.isArticle && english && article.text.length >= MIN_ARTICLE_CHARS) out.push({ folder: page.folder, text: article.text });
  }
  out.sort((a, b) => Number(devFolders.has(b.folder)) - Number(devFolders.has(a.folder)));
  return out;
}

/** Repeats the texts, in order, until they add up to at least `minBytes` of UTF-8. */
export function repeatToSize(texts: string[], minBytes: number): string[] {
  if (texts.length === 0) throw new Error('no texts to benchmark');
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i = (i + 1) % texts.length) {
    out.push(texts[i]);
    bytes += Buffer.byteLength(texts[i]);
  }
  return out;
}

export const utf8Bytes = (texts: string[]) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
