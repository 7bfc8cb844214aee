import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleAsync, MAX_READABILITY_ELEMENTS } from './extract.ts';
import { rangeSpecFor, rangeSpecText } from './offset-map.ts';
import { htmlDocument } from './test-dom.ts';

const story = [
  'KHARTOUM, Sudan — After nearly 20 years of hostile relations, the American government plans to lift trade sanctions on Sudan, officials said.',
  'Sudan is one of the poorest and most isolated countries in Africa, and for years the United States has imposed punitive measures against it.',
  'In return, Sudan will improve access for aid groups and stop supporting rebels in neighbouring South Sudan, the officials said on Thursday.',
  'President Omar al-Bashir has been indicted by the International Criminal Court on charges of genocide in Darfur, a region in the west.',
  'Photo',
];

function newsPage(): string {
  const body = story.slice(0, 4).map((p) => `<p>${p.replace('Sudan,', '<a href="/sudan">Sudan</a>,')}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>Lift Sudan Sanctions - The Paper</title>
    <meta property="og:type" content="article"></head><body>
    <header><a href="/">The Paper</a> <a href="/world">World</a> Photo</header>
    <nav><ul><li>Home</li><li>Sudan</li><li>Continue reading the main story</li></ul></nav>
    <div class="teaser">Continue reading the main story</div>
    <main><article><h1>United States to Lift Sudan Sanctions</h1><p class="byline">By Jane Doe</p>
      <figure><img src="x.jpg"><figcaption>Photo</figcaption></figure>${body}
      <div class="ad" aria-hidden="true">Advertisement</div>
      <p>Continue reading the main story</p></article></main>
    <aside><h3>Most read</h3><p>Sudan is one of the poorest and most isolated countries in Africa, and for years the United States has imposed punitive measures against it.</p></aside>
    <footer>© The Paper</footer></body></html>`;
}

describe('extractArticle', () => {
  it('returns the article text only, in order, with blocks apart', () => {
    const article = extractArticle(htmlDocument(newsPage()));
    expect(article.isArticle).toBe(true);
    expect(article.reason).toBe('og:type');
    expect(article.lang).toBe('en');
    expect(article.source).toBe('readability');
    for (const paragraph of story.slice(0, 4)) expect(article.text).toContain(paragraph);
    expect(article.text.indexOf(story[0])).toBeLessThan(article.text.indexOf(story[3]));
    expect(article.text).not.toContain('Most read');
    expect(article.text).not.toContain('Advertisement');
    expect(article.text).not.toContain('Home');
    // The aside repeats a paragraph: it must appear once.
    expect(article.text.split(story[1]).length).toBe(2);
    expect(article.text).toMatch(/officials said\.\n\nSudan is/);
  });

  it('keeps the headline, which Readability drops as a repeat of the title', () => {
    const article = extractArticle(htmlDocument(newsPage()));
    expect(article.text.startsWith('United States to Lift Sudan Sanctions\n\n')).toBe(true);
    expect(article.text.split('United States to Lift Sudan Sanctions').length).toBe(2);
  });

  it('maps every mention back to the live page nodes', () => {
    const doc = htmlDocument(newsPage());
    const article = extractArticle(doc);
    for (const match of article.text.matchAll(/Sudan/g)) {
      const spec = rangeSpecFor(article.segments, match.index!, match.index! + 5)!;
      expect(spec.startNode.isConnected).toBe(true);
      expect(doc.contains(spec.startNode)).toBe(true);
      expect(rangeSpecText(spec)).toBe('Sudan');
      // Never a node from the page chrome.
      expect(spec.startNode.parentElement?.closest('nav, aside, header, footer')).toBeNull();
    }
  });

  it('never changes the live document', () => {
    const doc = htmlDocument(newsPage());
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('says not-article for a listing, and analyses it anyway when forced', () => {
    const teasers = Array.from({ length: 5 }, (_, i) => `<article><h2>Story ${i}</h2><p>${story[i % 4]}</p></article>`).join('');
    const html = `<html lang="en"><head><title>World news</title></head><body><h1>World</h1>${teasers}</body></html>`;
    const plain = extractArticle(htmlDocument(html));
    expect(plain).toMatchObject({ isArticle: false, reason: 'listing', text: '', segments: [] });
    const forced = extractArticle(htmlDocument(html), { force: true });
    expect(forced.isArticle).toBe(true);
    expect(forced.reason).toBe('forced');
    expect(forced.text).toContain(story[0]);
  });

  it('analyses a tiny page when forced', () => {
    const forced = extractArticle(htmlDocument('<p>Ankara and Damascus.</p>'), { force: true });
    expect(forced.text).toBe('Ankara and Damascus.');
    expect(extractArticle(htmlDocument('<p>Ankara and Damascus.</p>')).text).toBe('');
  });

  it('caps the text length', () => {
    const article = extractArticle(htmlDocument(newsPage()), { maxChars: 100 });
    expect(article.text.length).toBe(100);
  });

  it('gives the same result asynchronously (chunked)', async () => {
    const sync = extractArticle(htmlDocument(newsPage()));
    const chunked = await extractArticleAsync(htmlDocument(newsPage()));
    expect(chunked.text).toBe(sync.text);
    expect(chunked.segments.length).toBe(sync.segments.length);
  });

  it('reads the body of an article page too big for Readability (100k tiny text nodes)', () => {
    const words = story.slice(0, 4).join(' ').split(' ');
    const spans = Array.from({ length: MAX_READABILITY_ELEMENTS + 1000 }, (_, i) => `<span>${words[i % words.length]} </span>`).join('');
    const html = `<html lang="en"><head><title>Huge</title><meta property="og:type" content="article"></head><body><nav>Home</nav><article><h1>Lift Sudan Sanctions</h1><p>${spans}</p></article></body></html>`;
    const article = extractArticle(htmlDocument(html));
    expect(article).toMatchObject({ isArticle: true, source: 'body' });
    expect(article.text).toContain('After nearly 20 years of hostile relations');
    expect(article.text).not.toContain('Home');
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(extractArticleAsync(htmlDocument(newsPage()), { signal: controller.signal })).rejects.toThrow();
  });
});
