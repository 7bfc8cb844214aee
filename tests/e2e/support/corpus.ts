// Real article text for the robustness e2e pages, read at test time from Mozilla Readability's
// test pages in ../shared (publishers' copies for tests only: never copied into the repository).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

export const READABILITY_PAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/pages/readability');

/** The paragraphs of a corpus page's expected article (expected.html), longer than `minChars`. */
export function corpusParagraphs(page: string, minChars = 40): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${readFileSync(join(READABILITY_PAGES, page, 'expected.html'), 'utf8')}</body></html>`);
  return [...document.querySelectorAll('p')]
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text.length >= minChars);
}

export function corpusTitle(page: string): string {
  return (JSON.parse(readFileSync(join(READABILITY_PAGES, page, 'expected-metadata.json'), 'utf8')) as { title: string }).title;
}

/** The page as the publisher served it. */
export const corpusSource = (page: string): string => readFileSync(join(READABILITY_PAGES, page, 'source.html'), 'utf8');

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An <article> of a headline and paragraphs. */
export function articleHtml(title: string, paragraphs: string[]): string {
  return `<article><h1>${escapeHtml(title)}</h1>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article>`;
}
