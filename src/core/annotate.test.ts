// Each trap class of the linker, on a small real sentence, against the real shipped index.
import { beforeAll, describe, expect, it } from 'vitest';
import { realIndex } from '../../tests/unit/real-index.ts';
import { annotate } from './annotate.ts';
import type { DramatisIndex } from './index-format.ts';
import type { AnnotateResult, FoundEntity } from './types.ts';

let index: DramatisIndex;
beforeAll(async () => {
  index = await realIndex();
});

const names = (list: FoundEntity[]) => list.map((e) => e.name);
const find = (list: FoundEntity[], name: string) => list.find((e) => e.name === name);
const mentionTexts = (r: AnnotateResult) => [...r.people, ...r.places].flatMap((e) => e.mentions.map((m) => m.text));

describe('annotate: trap classes', () => {
  it('longest match: Saudi Arabia, never Arabia inside it', () => {
    const r = annotate('Russia managed to reach out to Saudi Arabia in spite of this.', index);
    expect(names(r.places)).toContain('Saudi Arabia');
    expect(names(r.places)).not.toContain('Arabia');
    expect(mentionTexts(r)).not.toContain('Arabia');
  });

  it('organisation cues void a place reading: Washington Post, White House, Islamic State, University of, Bank of', () => {
    const r = annotate(
      'An unnamed White House official later told the Washington Post that Islamic State forces had retreated. ' +
        'She studied at the University of Texas and later joined the Bank of England.',
      index,
    );
    expect(r.places.map((p) => p.mentions.map((m) => m.text)).flat()).toEqual([]);
  });

  it('demonyms and adjectives are not place mentions', () => {
    const r = annotate('Turkish troops and Kurdish militants clashed near the Turkish-Syrian border, Russian officials said.', index);
    expect(r.places).toEqual([]);
  });

  it('person cues beat place readings: Secretary of State John Kerry is not County Kerry', () => {
    const r = annotate('Secretary of State John Kerry met with Russian Foreign Minister Sergei Lavrov in Geneva.', index);
    expect(find(r.people, 'John Kerry')?.wikidata).toBe('Q22316');
    expect(find(r.people, 'Sergey Lavrov')?.mentions.map((m) => m.text)).toEqual(['Sergei Lavrov']);
    expect(names(r.places)).toEqual(['Geneva']);
    expect(r.places.some((p) => p.mentions.some((m) => m.text === 'State' || m.text === 'Kerry'))).toBe(false);
  });

  it('coreference: a surname joins the full name, before or after it', () => {
    const r = annotate('Obama spoke first. Later, US President Barack Obama met Putin. Obama said little.', index);
    const obama = find(r.people, 'Barack Obama');
    expect(obama?.mentions.map((m) => m.text)).toEqual(['Obama', 'Barack Obama', 'Obama']);
    expect(r.places.some((p) => p.country === 'JP')).toBe(false);
  });

  it('coreference by prior: Assad is Bashar al-Assad even when the full name never appears', () => {
    const r = annotate('The Assad government in Damascus denied the attack, and Assad blamed the rebels.', index);
    expect(find(r.people, 'Bashar al-Assad')?.mentions).toHaveLength(2);
    expect(names(r.places)).toContain('Damascus');
  });

  it('metonymy of capitals stays a place mention of the city', () => {
    const r = annotate('Washington has waged war in the region, while Moscow and Ankara said they would talk.', index);
    const washington = r.places.find((p) => p.wikidata === 'Q61');
    expect(washington?.mentions.map((m) => m.text)).toEqual(['Washington']);
    expect(r.places.find((p) => p.wikidata === 'Q649')).toBeDefined();
    expect(r.places.find((p) => p.wikidata === 'Q3640')).toBeDefined();
    expect(r.people).toEqual([]);
  });

  it('people the index lacks are found and marked, and Jordan Shilton is not Jordan', () => {
    const r = annotate('By Jordan Shilton\n\nThe analyst Anthony Cordesman wrote a report. Cordesman blasted the plan.', index);
    const shilton = find(r.people, 'Jordan Shilton');
    expect(shilton?.inIndex).toBe(false);
    expect(find(r.people, 'Anthony Cordesman')?.mentions).toHaveLength(2);
    expect(r.places.find((p) => p.name === 'Jordan')).toBeUndefined();
  });

  it('capitalisation: lower-case words and sentence-initial common words are not names', () => {
    const r = annotate('Nice weather, said the man. We went to china shops in turkey season.', index);
    expect(r.places).toEqual([]);
    expect(r.people).toEqual([]);
  });

  it('abbreviations: US and U.S. are the United States, "us" is not', () => {
    const r = annotate('The US and the U.S. Congress told us nothing.', index);
    const us = r.places.find((p) => p.wikidata === 'Q30');
    expect(us?.mentions.map((m) => m.text)).toEqual(['US', 'U.S.']);
  });

  it('gives exact offsets for every mention', () => {
    const text = 'Recep Tayyip Erdoğan met Vladimir Putin in Ankara’s palace.';
    const r = annotate(text, index);
    for (const e of [...r.people, ...r.places]) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(find(r.people, 'Recep Tayyip Erdoğan')?.description).toMatch(/Turkey/);
  });
});
