// The extraction pipeline, shared by the content script and Node (CLI, eval):
//   detect → Readability on a CLONE → align the live text nodes with its output → text + offset map.
// The live document is only read. Runs on any standard DOM (browser or linkedom).

import { Readability } from '@mozilla/readability';
import { alignTexts, stripSpace } from './align.ts';
import { detectArticle } from './detect.ts';
import { declaredLang, detectTextLang, resolveLang } from './lang.ts';
import { TextBuilder, type Segment } from './text-builder.ts';
import { walkText, type WalkItem } from './walk.ts';

/** Longest text we analyse (characters); the rest of a huge page is ignored. */
export const MAX_ARTICLE_CHARS = 5_000_000;
/** Above this many elements Readability (one long synchronous task) is skipped and the body is used. */
export const MAX_READABILITY_ELEMENTS = 60_000;
/**
 * ... and above this many characters of page text (Readability on 5 MB freezes the page for seconds).
 * The count includes inline scripts' text, so real pages with big scripts (yahoo-1, yahoo-2: 1–1.6 MB)
 * must stay under it.
 */
export const MAX_READABILITY_CHARS = 3_000_000;
/** Readability's result is trusted when the live nodes we matched cover this share of its text. */
const MIN_ALIGNED_SHARE = 0.5;
/** A heading is the article's headline when this share of its words are in the title (Readability uses 0.75). */
const HEADLINE_SIMILARITY = 0.75;
/** The walk offers to pause after this many DOM items... */
const ITEMS_PER_CHUNK = 500;
/** ... and the async caller does pause once it has worked this long (ms), well under a 50 ms long task. */
const TASK_BUDGET_MS = 12;

export interface ExtractedArticle {
  isArticle: boolean;
  /** See ArticleInfo.reason; 'forced' when the caller asked to analyse a non-article anyway. */
  reason: string;
  title: string;
  byline: string;
  lang: string;
  /** The analysed text: article text only, whitespace collapsed, blocks separated by "\n\n". */
  text: string;
  /** Map from `text` back to live text nodes, sorted by textStart (see offset-map.ts). */
  segments: Segment[];
  /** How the text was chosen: 'readability', 'body' (fallback), or 'none'. */
  source: 'readability' | 'body' | 'none';
}

export interface ExtractOptions {
  /** Analyse even when the page does not look like an article ("Analyze anyway"). */
  force?: boolean;
  maxChars?: number;
}

type ReaderResult = { title: string; byline: string; lang: string; content: Element | null };

/**
 * Readability on a clone of the page (it rewrites the DOM it is given). Cloning and parsing are
 * separate steps so the async caller can let the page run in between; the parse itself is one
 * synchronous task (Readability cannot be paused).
 */
function* runReadability(doc: Document): Generator<void, ReaderResult | 'too-big' | null> {
  // querySelectorAll as a fallback: linkedom's getElementsByTagName('*') finds nothing.
  const elements = doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;
  if (elements > MAX_READABILITY_ELEMENTS) return 'too-big';
  if ((doc.body?.textContent?.length ?? 0) > MAX_READABILITY_CHARS) return 'too-big';
  try {
    const clone = doc.cloneNode(true) as Document;
    yield;
    const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
    if (!parsed) return null;
    return { title: parsed.title ?? '', byline: parsed.byline ?? '', lang: parsed.lang ?? '', content: parsed.content ?? null };
  } catch {
    // Readability can trip over odd markup; the caller falls back.
    return null;
  }
}

function* referenceTexts(content: Element): Generator<string> {
  for (const item of walkText(content, { skipHidden: false })) if (item.kind === 'text') yield item.node.data;
}

/** The live body's walk, with each text node's text stripped of whitespace ('' for blank nodes). */
function* collectLive(doc: Document): Generator<void, { items: WalkItem[]; stripped: string[] }> {
  const items: WalkItem[] = [];
  const stripped: string[] = [];
  // The whole element tree, not doc.body: <head> is skipped by the walk, and linkedom can leave
  // a stray empty <body> as doc.body on malformed pages.
  const root = doc.documentElement;
  if (!root) return { items, stripped };
  for (const item of walkText(root, { skipHidden: true })) {
    if (items.length % ITEMS_PER_CHUNK === 0) yield;
    items.push(item);
    stripped.push(item.kind === 'text' ? stripSpace(item.node.data) : '');
  }
  return { items, stripped };
}

/** Builds text + segments from the walked items whose `keep` flag is set. */
function* buildText(items: WalkItem[], keep: (index: number) => boolean, maxChars: number): Generator<void, TextBuilder> {
  const builder = new TextBuilder(maxChars);
  for (let i = 0; i < items.length && !builder.full; i++) {
    if (i % ITEMS_PER_CHUNK === 0) yield;
    const item = items[i];
    if (item.kind === 'break') builder.addBreak(item.strength);
    else if (keep(i)) builder.addText(item.node);
    else builder.addGap();
  }
  return builder;
}

/** Which live items are article text, by aligning them with Readability's output nodes. */
function selectArticleItems(stripped: string[], content: Element): { keep: Set<number>; share: number } {
  const liveIndexes: number[] = [];
  const liveTexts: string[] = [];
  stripped.forEach((text, index) => {
    if (text) {
      liveIndexes.push(index);
      liveTexts.push(text);
    }
  });
  const reference = [...referenceTexts(content)].map(stripSpace).filter(Boolean);
  const referenceChars = reference.reduce((sum, text) => sum + text.length, 0);
  const { selected, matchedChars } = alignTexts(liveTexts, reference);
  const keep = new Set<number>();
  selected.forEach((isSelected, i) => isSelected && keep.add(liveIndexes[i]));
  return { keep, share: referenceChars ? matchedChars / referenceChars : 0 };
}

function titleWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Share of the heading's words that are also words of the title. */
function headlineSimilarity(title: string, heading: string): number {
  const inTitle = new Set(titleWords(title));
  const words = titleWords(heading);
  if (words.length === 0) return 0;
  return words.filter((w) => inTitle.has(w)).length / words.length;
}

/**
 * Readability drops the <h1> that repeats the title, but the headline names who the article is
 * about: keep the live headline's text nodes when it comes before the article text.
 */
function keepHeadline(doc: Document, title: string, items: WalkItem[], keep: Set<number>): void {
  if (!title) return;
  // A loop, not Math.min(...keep): spreading 100k+ arguments overflows the stack.
  let firstKept = Infinity;
  for (const index of keep) if (index < firstKept) firstKept = index;
  const heading = [...doc.querySelectorAll('h1, h2')].find(
    (h) => headlineSimilarity(title, h.textContent ?? '') >= HEADLINE_SIMILARITY && headlineSimilarity(h.textContent ?? '', title) >= HEADLINE_SIMILARITY,
  );
  if (!heading) return;
  const headingItems: number[] = [];
  items.forEach((item, index) => {
    if (item.kind === 'text' && heading.contains(item.node)) headingItems.push(index);
  });
  if (headingItems.length === 0 || headingItems.some((i) => keep.has(i)) || headingItems[0] > firstKept) return;
  for (const index of headingItems) keep.add(index);
}

function* extractSteps(doc: Document, options: ExtractOptions): Generator<void, ExtractedArticle> {
  const maxChars = options.maxChars ?? MAX_ARTICLE_CHARS;
  const detection = detectArticle(doc);
  const declared = declaredLang(doc);
  const isArticle = detection.isArticle || options.force === true;
  const reason = detection.isArticle ? detection.reason : options.force ? 'forced' : detection.reason;
  const base = { isArticle, reason, title: (doc.title ?? '').trim(), byline: '', lang: declared };
  if (!isArticle) return { ...base, text: '', segments: [], source: 'none' };

  yield;
  const readability = yield* runReadability(doc);
  // A page too big for Readability that says it is an article: its body is the article.
  const tooBig = readability === 'too-big';
  const reader = tooBig ? null : readability;
  yield;
  const live = yield* collectLive(doc);
  let builder: TextBuilder | null = null;
  let source: ExtractedArticle['source'] = 'readability';
  if (reader?.content) {
    const { keep, share } = selectArticleItems(live.stripped, reader.content);
    if (keep.size > 0) keepHeadline(doc, reader.title, live.items, keep);
    yield;
    if (share >= MIN_ALIGNED_SHARE) builder = yield* buildText(live.items, (i) => keep.has(i), maxChars);
  }
  if (!builder) {
    // Readability found nothing usable. Only a forced analysis, or one of a page too big for
    // Readability, falls back to the whole body.
    if (!options.force && !tooBig) {
      return { ...base, isArticle: false, reason: 'no-article-text', text: '', segments: [], source: 'none' };
    }
    source = 'body';
    builder = yield* buildText(live.items, () => true, maxChars);
  }
  const { text, segments } = builder.build();
  return {
    ...base,
    title: reader?.title.trim() || base.title,
    byline: reader?.byline.trim() ?? '',
    lang: resolveLang(declared || reader?.lang || '', detectTextLang(text)),
    text,
    segments,
    source,
  };
}

/** Synchronous extraction (Node: CLI and eval; tests). */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedArticle {
  const steps = extractSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Lets the page breathe between chunks: scheduler.yield() where available, else a macrotask. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Same as extractArticle, pausing between chunks so no single task of ours blocks the page for long. */
export async function extractArticleAsync(
  doc: Document,
  options: ExtractOptions & { signal?: AbortSignal } = {},
): Promise<ExtractedArticle> {
  const steps = extractSteps(doc, options);
  let taskStart = performance.now();
  for (;;) {
    options.signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - taskStart >= TASK_BUDGET_MS) {
      await yieldToPage();
      taskStart = performance.now();
    }
  }
}
