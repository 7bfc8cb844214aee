import { describe, expect, it } from 'vitest';
import type { AnnotateResult, FoundEntity } from '../src/core/types.ts';
import { extractArticle } from './extract.ts';
import { locateMention } from './mentions.ts';
import { rangeSpecText } from './offset-map.ts';
import { htmlDocument } from './test-dom.ts';

const paragraphs = [
  'Recep Tayyip Erdoğan met Vladimir Putin in Sochi on Monday to discuss the war in Syria and the fate of the province of Idlib.',
  'Erdoğan told reporters in Ankara that Turkey would keep its observation posts, while Putin said Russia wanted a lasting ceasefire.',
  'The two leaders last met in Moscow in March, when they agreed on joint patrols along the M4 highway south of Idlib.',
];

function pageAndResult() {
  const doc = htmlDocument(`<html lang="en"><head><meta property="og:type" content="article"></head><body><article>${paragraphs
    .map((p) => `<p>${p.replace('Erdoğan told', '<b>Erdoğan</b> told')}</p>`)
    .join('')}</article></body></html>`);
  const article = extractArticle(doc);
  const mentions = [...article.text.matchAll(/Erdoğan/g)].map((m) => ({ start: m.index!, end: m.index! + 7, text: 'Erdoğan' }));
  const erdogan: FoundEntity = {
    id: 'Q39259', name: 'Recep Tayyip Erdoğan', type: 'person', kind: 'politician', description: 'President of Turkey',
    country: 'TR', inIndex: true, wikidata: 'Q39259', mentions, salience: 1,
  };
  const result: AnnotateResult = { people: [erdogan], places: [] };
  return { doc, article, result };
}

describe('locateMention', () => {
  it('finds each mention of an entity in the live DOM', () => {
    const { article, result } = pageAndResult();
    expect(result.people[0].mentions.length).toBe(2);
    for (const index of [0, 1]) {
      const found = locateMention(result, article.segments, 'Q39259', index);
      if (!found.ok) throw new Error(found.error);
      expect(rangeSpecText(found.current)).toBe('Erdoğan');
      expect(found.all.map(rangeSpecText)).toEqual(['Erdoğan', 'Erdoğan']);
      expect(found.mentionCount).toBe(2);
    }
    const second = locateMention(result, article.segments, 'Q39259', 1);
    expect(second.ok && second.current.startNode.parentElement?.tagName).toBe('B');
  });

  it('explains unknown entities, out-of-range indexes and re-rendered pages', () => {
    const { doc, article, result } = pageAndResult();
    expect(locateMention(result, article.segments, 'Q1', 0)).toMatchObject({ ok: false });
    expect(locateMention(result, article.segments, 'Q39259', 5)).toMatchObject({ ok: false });
    doc.querySelector('article')!.remove();
    expect(locateMention(result, article.segments, 'Q39259', 0)).toMatchObject({ ok: false, stale: true });
  });
});
