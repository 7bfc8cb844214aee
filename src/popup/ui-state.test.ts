import { describe, expect, it } from 'vitest';
import type { FoundEntity } from '../core/types.ts';
import { matchesFilter } from './filter.ts';
import { EMPTY_UI_STATE, parsePopupState, popupStateKey } from './ui-state.ts';

describe('popup state per tab', () => {
  it('keeps a valid state and repairs a broken one', () => {
    const state = { filter: 'ank', selected: { entityId: 'Q1', mentionIndex: 2 }, highlightPeople: true, highlightPlaces: false };
    expect(parsePopupState(state)).toEqual(state);
    expect(parsePopupState({ filter: 3, selected: { entityId: 'Q1', mentionIndex: -1 }, highlightPeople: 'yes' })).toEqual(EMPTY_UI_STATE);
    expect(parsePopupState(undefined)).toEqual(EMPTY_UI_STATE);
    expect(popupStateKey(12)).toBe('popup:12');
  });
});

describe('type-ahead filter', () => {
  const erdogan = {
    name: 'Recep Tayyip Erdoğan',
    description: 'President of Turkey',
    mentions: [{ start: 0, end: 7, text: 'Erdogan' }],
  } as FoundEntity;

  it('matches names without accents, descriptions and mention forms, case-insensitively', () => {
    expect(matchesFilter(erdogan, '')).toBe(true);
    expect(matchesFilter(erdogan, 'erdog')).toBe(true);
    expect(matchesFilter(erdogan, 'ERDOĞ')).toBe(true);
    expect(matchesFilter(erdogan, 'turkey')).toBe(true);
    expect(matchesFilter(erdogan, 'obama')).toBe(false);
  });
});
