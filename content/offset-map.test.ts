import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractArticle } from './extract.ts';
import { rangeSpecFor, rangeSpecText } from './offset-map.ts';
import { TextBuilder } from './text-builder.ts';
import { htmlDocument } from './test-dom.ts';
import { walkText } from './walk.ts';

function buildAll(html: string) {
  const doc = htmlDocument(html);
  const builder = new TextBuilder();
  for (const item of walkText(doc.documentElement, { skipHidden: true })) {
    if (item.kind === 'break') builder.addBreak(item.strength);
    else builder.addText(item.node);
  }
  return { doc, ...builder.build() };
}

describe('offset map', () => {
  it('maps a word inside one text node back to that node', () => {
    const { text, segments } = buildAll('<p>President   Erdoğan met\n  Putin.</p>');
    expect(text).toBe('President Erdoğan met Putin.');
    const start = text.indexOf('Putin');
    const spec = rangeSpecFor(segments, start, start + 5)!;
    expect(spec.startNode).toBe(spec.endNode);
    expect(spec.startNode.data.slice(spec.startOffset, spec.endOffset)).toBe('Putin');
    expect(rangeSpecText(spec)).toBe('Putin');
  });

  it('maps a span across inline elements (several text nodes)', () => {
    const { text, segments } = buildAll('<p>Recep <b>Tayyip</b> <i>Erdo</i>ğan spoke.</p>');
    expect(text).toBe('Recep Tayyip Erdoğan spoke.');
    const spec = rangeSpecFor(segments, 0, 'Recep Tayyip Erdoğan'.length)!;
    expect(spec.startNode.data).toBe('Recep ');
    expect(spec.endNode.data).toBe('ğan spoke.');
    expect(rangeSpecText(spec)).toBe('Recep Tayyip Erdoğan');
  });

  it('keeps words of adjacent blocks apart and maps across the separator', () => {
    const { text, segments } = buildAll('<div><h2>Syria</h2><p>Damascus<br>Aleppo</p><ul><li>Homs</li><li>Idlib</li></ul></div>');
    expect(text).toBe('Syria\n\nDamascus\nAleppo\n\nHoms\n\nIdlib');
    const spec = rangeSpecFor(segments, text.indexOf('Syria') + 3, text.indexOf('Damascus') + 3)!;
    expect(rangeSpecText(spec)).toBe('iaDam');
    // A span that only covers a separator maps to nothing.
    expect(rangeSpecFor(segments, 5, 7)).toBeNull();
  });

  it('skips scripts and hidden elements as a browser renders them', () => {
    const { text } = buildAll('<p>Kyiv <script>var x = 1;</script>Kharkiv <span hidden>secret</span>Odesa<span aria-hidden="true">icon</span></p>');
    expect(text).toBe('Kyiv Kharkiv Odesa');
  });

  it('never fuses article words around non-article text that was left out', () => {
    const doc = htmlDocument('<p>Kyiv<span>Advertisement</span>Kharkiv</p>');
    const [kyiv, ad, kharkiv] = [...doc.querySelectorAll('p')[0].childNodes].map((n) => (n.nodeType === 3 ? n : n.firstChild)) as Text[];
    const builder = new TextBuilder();
    builder.addText(kyiv);
    expect(ad.data).toBe('Advertisement');
    builder.addGap();
    builder.addText(kharkiv);
    expect(builder.build().text).toBe('Kyiv Kharkiv');
  });

  it('stops at the length cap', () => {
    const doc = htmlDocument('<p>abcdef</p><p>ghijkl</p>');
    const builder = new TextBuilder(9);
    for (const item of walkText(doc.documentElement, { skipHidden: true })) {
      if (item.kind === 'break') builder.addBreak(item.strength);
      else builder.addText(item.node);
    }
    expect(builder.build().text).toBe('abcdef\n\ng');
    expect(builder.full).toBe(true);
  });

  it('round-trips every word of an extracted article to the same text in the DOM', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i}: Recep <a href="#">Tayyip Erdoğan</a> visited <em>Damascus</em> and   Ankara, said the   spokesman of the ministry in a long statement.</p>`).join('\n');
    const doc = htmlDocument(`<html lang="en"><head><title>T</title></head><body><nav>Home News</nav><article><h1>T</h1>${paragraphs}</article></body></html>`);
    const { text, segments } = extractArticle(doc);
    expect(text).toContain('Recep Tayyip Erdoğan visited Damascus');
    for (const match of text.matchAll(/\S+/g)) {
      const spec = rangeSpecFor(segments, match.index!, match.index! + match[0].length)!;
      expect(rangeSpecText(spec)).toBe(match[0]);
    }
  });

  it('any span maps to DOM text equal to the span minus separators (property)', () => {
    const { text, segments } = buildAll('<h1>Title  here</h1><p>One <b>two</b>three <i> four </i>five</p><p>six\tseven</p>');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 0, max: text.length }), (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const spec = rangeSpecFor(segments, start, end);
        const inner = text.slice(start, end).trim();
        if (!spec) return inner === '';
        // Separators stand for whitespace or block edges, which the DOM text has differently.
        return rangeSpecText(spec).replace(/\s+/g, '') === inner.replace(/\s+/g, '');
      }),
    );
  });
});
