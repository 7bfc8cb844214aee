// Evaluates article detection and text extraction (content/extract.ts, the same code as the
// content script) on Mozilla Readability's real-page corpus, in Node with linkedom.
//   detection: our isArticle vs expected-metadata.json `readerable` (raw), and vs the adjusted
//              truth where a section front, a product page and encyclopedia pages are non-articles;
//   extraction: for readerable pages, how many of expected.html's words our text has (coverage)
//              and how many of our words are not in it (extra), as bags of words.
// Import `evaluateCorpus` (the eval script does), or run `tsx scripts/readability-corpus.ts`.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../content/extract.ts';
import { walkText } from '../content/walk.ts';

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/data/pages/readability');

/** Targets from the issue. */
export const TARGET_AGREEMENT = 0.95;
export const TARGET_COVERAGE = 0.95;
export const TARGET_EXTRA = 0.05;

/** Pages marked readerable that are not news articles (see the corpus README). */
export function isKnownNonArticle(page: string): boolean {
  return page === 'nytimes-5' || page === 'mozilla-1' || page.startsWith('wikipedia');
}

export interface PageRow {
  page: string;
  expectedReaderable: boolean;
  /** The adjusted truth: readerable and not a known non-article. */
  expectedArticle: boolean;
  isArticle: boolean;
  reason: string;
  lang: string;
  expectedLang: string;
  /** Extraction figures, for readerable pages only (extraction is forced so they do not depend on detection). */
  coverage?: number;
  extra?: number;
  source?: string;
  textLength?: number;
  ms: number;
}

export interface CorpusSummary {
  pages: number;
  rawAgreement: number;
  adjustedAgreement: number;
  extractionPages: number;
  meanCoverage: number;
  meanExtra: number;
  /** Pages whose detection disagrees with the adjusted truth. */
  detectionFailures: string[];
  /** Readerable pages below the coverage target or above the extra-words target. */
  extractionFailures: string[];
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Words: runs of letters/digits; each Han or kana character is a word of its own (no spaces in CJK). */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{P}\p{S}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;

export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => (CJK_CHAR.test(w) ? w : w.toLowerCase()));
}

function bag(list: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * Share of `expected` words found in `actual` (with multiplicity), and share of `actual` words
 * that are extra. Words of `allowed` (the headline, which we keep and Readability drops) are
 * not counted as extra, nor required.
 */
export function compareWords(expected: string, actual: string, allowed = ''): { coverage: number; extra: number } {
  const want = bag(words(expected));
  const got = words(actual);
  const have = bag(got);
  let wantTotal = 0;
  let matched = 0;
  for (const [word, n] of want) {
    wantTotal += n;
    const used = Math.min(n, have.get(word) ?? 0);
    matched += used;
    have.set(word, (have.get(word) ?? 0) - used);
  }
  let allowedUsed = 0;
  for (const [word, n] of bag(words(allowed))) {
    const used = Math.min(n, Math.max(0, have.get(word) ?? 0));
    allowedUsed += used;
    have.set(word, (have.get(word) ?? 0) - used);
  }
  return {
    coverage: wantTotal === 0 ? 1 : matched / wantTotal,
    extra: got.length === 0 ? 0 : (got.length - matched - allowedUsed) / got.length,
  };
}

/** expected.html's text, blocks kept apart the same way our extractor keeps them. */
export function expectedText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  for (const item of walkText(document.body, { skipHidden: false })) parts.push(item.kind === 'text' ? item.node.data : ' ');
  return parts.join('');
}

export function evaluatePage(dir: string): PageRow {
  const page = path.basename(dir);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as { readerable?: boolean; lang?: string; title?: string };
  const source = fs.readFileSync(path.join(dir, 'source.html'), 'utf8');
  const started = performance.now();
  const detected = extractArticle(parseHTML(source).document);
  const row: PageRow = {
    page,
    expectedReaderable: meta.readerable === true,
    expectedArticle: meta.readerable === true && !isKnownNonArticle(page),
    isArticle: detected.isArticle,
    reason: detected.reason,
    lang: detected.lang,
    expectedLang: meta.lang ?? '',
    ms: 0,
  };
  if (row.expectedReaderable) {
    const forced = detected.text ? detected : extractArticle(parseHTML(source).document, { force: true });
    const expected = expectedText(fs.readFileSync(path.join(dir, 'expected.html'), 'utf8'));
    Object.assign(row, compareWords(expected, forced.text, `${meta.title ?? ''} ${forced.title}`), { source: forced.source, textLength: forced.text.length });
  }
  row.ms = Math.round(performance.now() - started);
  return row;
}

export function summarise(rows: PageRow[]): CorpusSummary {
  const extracted = rows.filter((r) => r.coverage !== undefined);
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  return {
    pages: rows.length,
    rawAgreement: rows.filter((r) => r.isArticle === r.expectedReaderable).length / rows.length,
    adjustedAgreement: rows.filter((r) => r.isArticle === r.expectedArticle).length / rows.length,
    extractionPages: extracted.length,
    meanCoverage: mean(extracted.map((r) => r.coverage ?? 0)),
    meanExtra: mean(extracted.map((r) => r.extra ?? 0)),
    detectionFailures: rows.filter((r) => r.isArticle !== r.expectedArticle).map((r) => r.page),
    extractionFailures: extracted
      .filter((r) => (r.coverage ?? 0) < TARGET_COVERAGE || (r.extra ?? 0) > TARGET_EXTRA)
      .map((r) => r.page),
  };
}

/** Runs the whole corpus; `only` restricts it to some page folders. */
function corpusPages(corpusDir: string, only?: string[]): string[] {
  return fs
    .readdirSync(corpusDir)
    .filter((name) => fs.existsSync(path.join(corpusDir, name, 'source.html')))
    .filter((name) => !only || only.includes(name))
    .sort();
}

export function evaluateCorpus(corpusDir = CORPUS_DIR, only?: string[]): { rows: PageRow[]; summary: CorpusSummary } {
  const rows = corpusPages(corpusDir, only).map((page) => evaluatePage(path.join(corpusDir, page)));
  return { rows, summary: summarise(rows) };
}

/** The same, yielding to the event loop between pages (a test runner's worker must stay responsive). */
export async function evaluateCorpusAsync(corpusDir = CORPUS_DIR, only?: string[]): Promise<{ rows: PageRow[]; summary: CorpusSummary }> {
  const rows: PageRow[] = [];
  for (const page of corpusPages(corpusDir, only)) {
    rows.push(evaluatePage(path.join(corpusDir, page)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { rows, summary: summarise(rows) };
}

const pct = (x: number | undefined) => (x === undefined ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);

export function formatReport(rows: PageRow[], summary: CorpusSummary): string {
  const lines = [
    `${'page'.padEnd(40)} ${'exp'.padEnd(5)} ${'ours'.padEnd(5)} ${'reason'.padEnd(18)} ${'lang'.padEnd(6)} coverage  extra   ms`,
  ];
  for (const r of rows) {
    const flag = r.isArticle !== r.expectedArticle ? ' <- detection' : summary.extractionFailures.includes(r.page) ? ' <- extraction' : '';
    lines.push(
      `${r.page.padEnd(40)} ${String(r.expectedArticle).padEnd(5)} ${String(r.isArticle).padEnd(5)} ${r.reason.padEnd(18)} ${r.lang.padEnd(6)} ${pct(r.coverage)}  ${pct(r.extra)} ${String(r.ms).padStart(4)}${flag}`,
    );
  }
  lines.push(
    '',
    `pages: ${summary.pages}`,
    `detection agreement with readerable (raw): ${pct(summary.rawAgreement)}   adjusted (nytimes-5, mozilla-1, wikipedia-* non-articles): ${pct(summary.adjustedAgreement)}   target ${pct(TARGET_AGREEMENT)}`,
    `extraction over ${summary.extractionPages} readerable pages: mean coverage ${pct(summary.meanCoverage)} (target ≥ ${pct(TARGET_COVERAGE)}), mean extra ${pct(summary.meanExtra)} (target ≤ ${pct(TARGET_EXTRA)})`,
    `detection failures: ${summary.detectionFailures.join(', ') || 'none'}`,
    `extraction failures (per page): ${summary.extractionFailures.join(', ') || 'none'}`,
  );
  return lines.join('\n');
}

export function main(args: string[] = process.argv.slice(2)): CorpusSummary {
  const { rows, summary } = evaluateCorpus(CORPUS_DIR, args.length ? args : undefined);
  console.log(formatReport(rows, summary));
  return summary;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
