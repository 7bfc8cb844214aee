import { describe, expect, it } from 'vitest';
import { articleElementShape, detectArticle, jsonLdTypes } from './detect.ts';
import { htmlDocument } from './test-dom.ts';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} says that the minister of foreign affairs met his counterpart in the capital on Monday to discuss the border, trade and the refugees who crossed last winter.</p>`).join('');
const page = (head: string, body: string) => htmlDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

describe('detectArticle', () => {
  it('accepts a JSON-LD NewsArticle, including one inside @graph and CDATA', () => {
    const graph = '<script type="application/ld+json"><![CDATA[{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"]}]}]]></script>';
    expect(jsonLdTypes(page(graph, ''))).toContain('ReportageNewsArticle');
    expect(detectArticle(page(graph, '<p>short</p>'))).toEqual({ isArticle: true, reason: 'json-ld' });
    const blog = '<script type="application/ld+json">[{"@type":"BlogPosting"}]</script>';
    expect(detectArticle(page(blog, '')).reason).toBe('json-ld');
  });

  it('survives broken JSON-LD', () => {
    expect(detectArticle(page('<script type="application/ld+json">{oops</script>', '<p>hi</p>'))).toEqual({ isArticle: false, reason: 'none' });
  });

  it('accepts og:type=article and a single dominant <article>', () => {
    expect(detectArticle(page('<meta property="og:type" content="article">', '')).reason).toBe('og:type');
    expect(detectArticle(page('', `<nav>Home</nav><article>${prose(4)}</article>`)).reason).toBe('article-element');
  });

  it('accepts a readerable page without metadata', () => {
    expect(detectArticle(page('', `<div>${prose(6)}</div>`))).toEqual({ isArticle: true, reason: 'readerable' });
  });

  it('rejects a section front: a CollectionPage, or many teaser <article>s', () => {
    const collection = '<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"CollectionPage"}</script>';
    expect(detectArticle(page(collection, prose(6)))).toEqual({ isArticle: false, reason: 'not-article-type' });
    const teasers = Array.from({ length: 6 }, (_, i) => `<article><h2>Story ${i}</h2><p>A teaser of story ${i}, long enough to count as a teaser of some other page of the site.</p></article>`).join('');
    expect(articleElementShape(page('', teasers))).toBe('listing');
    expect(detectArticle(page('', teasers))).toEqual({ isArticle: false, reason: 'listing' });
  });

  it('does not count comments marked up as <article> as a listing', () => {
    const comments = Array.from({ length: 6 }, (_, i) => `<article class="comment">Comment ${i} is long enough to be counted as a substantial article element here.</article>`).join('');
    expect(articleElementShape(page('', `<article>${prose(5)}${comments}</article>`))).toBe('dominant');
  });

  it('rejects product pages and encyclopedia pages', () => {
    expect(detectArticle(page('<meta property="og:type" content="product">', prose(6))).reason).toBe('not-article-type');
    expect(detectArticle(page('<script type="application/ld+json">{"@type":"Product"}</script>', prose(6))).isArticle).toBe(false);
    const wiki = page('<meta name="generator" content="MediaWiki 1.35.0"><script type="application/ld+json">{"@type":"Article"}</script>', `<div id="mw-content-text">${prose(6)}</div>`);
    expect(detectArticle(wiki)).toEqual({ isArticle: false, reason: 'encyclopedia' });
    // A landing page that calls itself a website needs real prose.
    const landing = page('<meta property="og:type" content="website">', `<div>${prose(1)}<p>${'Download the browser now and customise it. '.repeat(5)}</p></div>`);
    expect(detectArticle(landing).isArticle).toBe(false);
  });

  it('does not change the page', () => {
    const doc = page('<script type="application/ld+json">{"@type":"NewsArticle"}</script>', `<article>${prose(5)}</article>`);
    const before = doc.documentElement.outerHTML;
    detectArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
