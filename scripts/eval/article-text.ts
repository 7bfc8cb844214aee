// Turns a saved page into the text the core sees: the project's extractArticle when it exists, else
// Readability's textContent (the same library extractArticle builds on), so the eval runs either way.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

export interface ExtractedArticle {
  isArticle: boolean;
  reason?: string;
  title: string;
  byline?: string | null;
  lang?: string | null;
  text: string;
}

type Extractor = (doc: Document) => ExtractedArticle;

export type TextSource = 'extractArticle' | 'readability';

// A variable path keeps tsc from requiring the module before its author has committed it.
const EXTRACT_MODULE = '../../content/extract.ts';

let extractorPromise: Promise<Extractor | null> | undefined;
/** Why extractArticle could not be loaded, for the report. */
export let extractorError = '';

/** The project's extractArticle, or null when content/extract.ts is not there (yet) or does not load. */
export function loadExtractor(): Promise<Extractor | null> {
  extractorPromise ??= import(EXTRACT_MODULE).then(
    (mod: { extractArticle?: Extractor }) => mod.extractArticle ?? null,
    (err: unknown) => {
      extractorError = err instanceof Error ? err.message : String(err);
      return null;
    },
  );
  return extractorPromise;
}

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function readabilityArticle(html: string): ExtractedArticle {
  const doc = parseDocument(html);
  const parsed = new Readability(doc).parse();
  return {
    isArticle: parsed !== null,
    title: parsed?.title ?? '',
    byline: parsed?.byline ?? null,
    lang: parsed?.lang ?? null,
    text: parsed?.textContent ?? '',
  };
}

/** Extracts the article of a page with the chosen source; 'auto' prefers extractArticle. */
export async function extractPage(
  html: string,
  source: TextSource | 'auto' = 'auto',
): Promise<{ article: ExtractedArticle; source: TextSource }> {
  if (source !== 'readability') {
    const extractor = await loadExtractor();
    if (extractor) return { article: extractor(parseDocument(html)), source: 'extractArticle' };
    if (source === 'extractArticle') throw new Error(`content/extract.ts (extractArticle) is not available: ${extractorError}`);
  }
  return { article: readabilityArticle(html), source: 'readability' };
}
