import { describe, expect, it } from 'vitest';
import type { GoldFile } from './gold.ts';
import { countForms } from './forms.ts';
import {
  aggregate,
  containsTokens,
  findTrapErrors,
  isCorrectlyLinked,
  matchEntities,
  nameTokens,
  prf,
  scoreDocument,
  scoreType,
  type SystemEntity,
} from './score.ts';

/** A system entity with one mention per occurrence of `forms` in `text` (first occurrences, in order). */
function entity(name: string, text: string, forms: string[], wikidata = ''): SystemEntity {
  const mentions = forms.map((form, i) => {
    let at = -1;
    for (let k = 0; k <= i; k++) at = text.indexOf(form, at + 1);
    return { start: at, end: at + form.length, text: form };
  });
  return { name, wikidata, mentions };
}

describe('nameTokens / containsTokens', () => {
  it('folds case, accents, dots, soft hyphens and possessives', () => {
    expect(nameTokens('U.S.')).toEqual(['us']);
    expect(nameTokens("Erdoğan's")).toEqual(['erdogan']);
    expect(nameTokens('Netan\u00adyahu’s')).toEqual(['netanyahu']);
    expect(nameTokens('Washington, D.C.')).toEqual(['washington', 'dc']);
  });
  it('matches whole tokens only', () => {
    expect(containsTokens(['barack', 'obama'], ['obama'])).toBe(true);
    expect(containsTokens(['russia'], ['us'])).toBe(false);
    expect(containsTokens(['south', 'sudan'], ['sudan'])).toBe(true);
    expect(containsTokens(['obama'], ['barack', 'obama'])).toBe(false);
  });
});

describe('matchEntities', () => {
  it('pairs by wikidata first, then exact form, then contained form, one to one', () => {
    const gold = [
      { name: 'Sudan', wikidata: 'Q1049', forms: ['Sudan'], mentions: 3 },
      { name: 'South Sudan', forms: ['South Sudan'], mentions: 1 },
      { name: 'Barack Obama', forms: ['Obama'], mentions: 2 },
    ];
    const system: SystemEntity[] = [
      { name: 'South Sudan', mentions: [{ start: 0, end: 11, text: 'South Sudan' }] },
      { name: 'Republic of the Sudan', wikidata: 'Q1049', mentions: [{ start: 20, end: 25, text: 'Sudan' }] },
      { name: 'Barack Obama', wikidata: 'Q76', mentions: [{ start: 30, end: 42, text: 'Barack Obama' }] },
    ];
    expect(matchEntities(gold, system)).toEqual([
      { gold: 0, system: 1 },
      { gold: 1, system: 0 },
      { gold: 2, system: 2 },
    ]);
  });
  it('does not let a gold entity take two system entities (a split entity is a false positive)', () => {
    const gold = [{ name: 'Barack Obama', forms: ['Barack Obama', 'Obama'], mentions: 2 }];
    const system: SystemEntity[] = [
      { name: 'Barack Obama', mentions: [{ start: 0, end: 12, text: 'Barack Obama' }] },
      { name: 'Obama', mentions: [{ start: 20, end: 25, text: 'Obama' }] },
    ];
    const score = scoreType(gold, system);
    expect(score.entities).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(score.mentions).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });
  it('does not match "US" inside "Russia"', () => {
    const gold = [{ name: 'United States', forms: ['US'], mentions: 1 }];
    expect(matchEntities(gold, [{ name: 'Russia', mentions: [{ start: 0, end: 6, text: 'Russia' }] }])).toEqual([]);
  });
});

describe('isCorrectlyLinked', () => {
  it('compares wikidata when gold has one, else names and forms', () => {
    const washington = { name: 'Washington, D.C.', wikidata: 'Q61', forms: ['Washington'], mentions: 1 };
    expect(isCorrectlyLinked(washington, { name: 'Washington', wikidata: 'Q1223', mentions: [] })).toBe(false);
    expect(isCorrectlyLinked(washington, { name: 'Washington, D.C.', wikidata: 'Q61', mentions: [] })).toBe(true);
    // An index row without an id is judged by name; an unlinked name is not linked.
    expect(isCorrectlyLinked(washington, { name: 'Washington, D.C.', inIndex: true, mentions: [] })).toBe(true);
    expect(isCorrectlyLinked(washington, { name: 'Washington, D.C.', inIndex: false, mentions: [] })).toBe(false);
    const lavrov = { name: 'Sergey Lavrov', forms: ['Sergei Lavrov'], mentions: 1 };
    expect(isCorrectlyLinked(lavrov, { name: 'Sergei Lavrov', mentions: [] })).toBe(true);
    expect(isCorrectlyLinked(lavrov, { name: 'Lavrov', mentions: [] })).toBe(false);
  });
});

describe('prf', () => {
  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 3, fp: 1, fn: 3 })).toEqual({ p: 0.75, r: 0.5, f1: 0.6 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 1, r: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 2, fn: 0 }).p).toBe(0);
  });
});

const TEXT = 'Jordan Shilton writes for the Washington Post. Washington and Saudi Arabia talked; Turkish troops moved.';
const GOLD: GoldFile = {
  people: [{ name: 'Jordan Shilton', forms: ['Jordan Shilton'], mentions: 1 }],
  places: [
    { name: 'Washington, D.C.', wikidata: 'Q61', forms: ['Washington'], mentions: 1 },
    { name: 'Saudi Arabia', wikidata: 'Q851', forms: ['Saudi Arabia'], mentions: 1 },
  ],
  traps: [
    { text: 'Jordan Shilton', wrong: 'Jordan, the country' },
    { text: 'Washington Post', wrong: 'Washington as a place' },
    { text: 'Saudi Arabia', wrong: 'Arabia alone' },
    { text: 'Turkish, Kurdish', wrong: 'demonyms are not places' },
  ],
};

describe('forms', () => {
  it('counts gold forms longest first with traps masking', () => {
    const counts = countForms(TEXT, GOLD);
    expect(counts.get('places:0')).toBe(1); // not the one inside "Washington Post"
    expect(counts.get('places:1')).toBe(1);
    expect(counts.get('people:0')).toBe(1);
  });
});

describe('findTrapErrors', () => {
  it('flags mentions inside trap phrases unless they are the gold mention of that type', () => {
    const system = {
      people: [entity('Jordan Shilton', TEXT, ['Jordan Shilton'])],
      places: [
        entity('Jordan', TEXT, ['Jordan'], 'Q810'),
        entity('Washington', TEXT, ['Washington', 'Washington'], 'Q61'),
        entity('Arabia', TEXT, ['Arabia']),
        entity('Turkey', TEXT, ['Turkish']),
      ],
    };
    const errors = findTrapErrors(TEXT, GOLD, system);
    expect(errors.map((e) => `${e.trap}:${e.mention}`).sort()).toEqual([
      'Jordan Shilton:Jordan',
      'Saudi Arabia:Arabia',
      'Turkish, Kurdish:Turkish',
      'Washington Post:Washington',
    ]);
  });
  it('reports nothing for a clean system', () => {
    const system = {
      people: [entity('Jordan Shilton', TEXT, ['Jordan Shilton'])],
      places: [
        { name: 'Washington, D.C.', wikidata: 'Q61', mentions: [{ start: 47, end: 57, text: 'Washington' }] },
        entity('Saudi Arabia', TEXT, ['Saudi Arabia'], 'Q851'),
      ],
    };
    expect(TEXT.slice(47, 57)).toBe('Washington');
    const doc = scoreDocument(TEXT, GOLD, system);
    expect(doc.trapErrors).toEqual([]);
    expect(doc.places.entities).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(doc.places.linked).toBe(2);
    const total = aggregate([doc, doc]);
    expect(total.mentionRecall).toBe(1);
    expect(total.people.entities.tp).toBe(2);
  });
});

describe('findForm', () => {
  it('matches whole words, across line breaks, and keeps soft hyphens literal', async () => {
    const { findForm } = await import('./forms.ts');
    expect(findForm('Obama and Obamacare', 'Obama')).toEqual([{ start: 0, end: 5 }]);
    expect(findForm('Habib\n Essid said', 'Habib Essid')).toEqual([{ start: 0, end: 12 }]);
    expect(findForm('the U.S.-led talks', 'U.S.')).toEqual([{ start: 4, end: 8 }]);
    expect(findForm('Netan\u00adyahu and Netanyahu', 'Netanyahu')).toEqual([{ start: 15, end: 24 }]);
  });
});
