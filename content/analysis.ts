// One analysis of the page: extract the article, then either ask the background to annotate it
// or tell it why not. Pure of browser extension APIs: the sender is passed in.

import type { AnnotateResult } from '../src/core/types.ts';
import { MAX_TEXT_LENGTH, type ArticleInfo, type Message, type PageStatusMessage } from '../src/messages.ts';
import { extractArticleAsync, MAX_ARTICLE_CHARS, type ExtractedArticle } from './extract.ts';

/** Languages the core reads; other pages get 'unsupported-language' unless forced. */
export const SUPPORTED_LANGS = ['en'];

export type Send = (message: Message) => Promise<unknown>;

export interface PageAnalysis {
  url: string;
  article: ExtractedArticle;
  /** The core's entities, once the background answered. */
  result: AnnotateResult | null;
}

export function articleInfo(article: ExtractedArticle): ArticleInfo {
  return { isArticle: article.isArticle, reason: article.reason, title: article.title, lang: article.lang, textLength: article.text.length };
}

/** "French" for "fr-FR"; the tag itself where the browser has no name for it. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag.split('-')[0]) ?? tag;
  } catch {
    return `“${tag}”`;
  }
}

function isAnnotateResult(value: unknown): value is AnnotateResult {
  const v = value as AnnotateResult | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.people) && Array.isArray(v.places);
}

/** Runs detection + extraction and talks to the background. Throws only if `signal` aborts. */
export async function analysePage(doc: Document, url: string, options: { force: boolean; signal: AbortSignal; send: Send }): Promise<PageAnalysis> {
  const article = await extractArticleAsync(doc, { force: options.force, signal: options.signal, maxChars: Math.min(MAX_ARTICLE_CHARS, MAX_TEXT_LENGTH) });
  options.signal.throwIfAborted();
  const info = articleInfo(article);
  const status = (status: PageStatusMessage['status'], message?: string): Promise<unknown> =>
    options.send({ type: 'pageStatus', url, status, article: info, ...(message ? { message } : {}) });
  const analysis: PageAnalysis = { url, article, result: null };
  if (!article.isArticle) {
    await status('not-article');
    return analysis;
  }
  const primaryLang = article.lang.split('-')[0].toLowerCase();
  if (!options.force && primaryLang && !SUPPORTED_LANGS.includes(primaryLang)) {
    await status('unsupported-language', `Dramatis reads English articles; this page is in ${languageName(article.lang)}.`);
    return analysis;
  }
  if (article.text.trim() === '') {
    await status('error', 'No readable text was found on this page.');
    return analysis;
  }
  const reply = (await options.send({ type: 'annotate', url, text: article.text, article: info })) as
    | { ok: true; value: unknown }
    | { ok: false; error: string }
    | undefined;
  options.signal.throwIfAborted();
  if (reply?.ok && isAnnotateResult(reply.value)) analysis.result = reply.value;
  return analysis;
}
