import { describe, expect, it } from 'vitest';
import { describeHoldings, fullPositionLabel, officeTier, TIER_HEAD, TIER_LEGISLATOR, TIER_MINISTER } from './describe.ts';

describe('office tiers', () => {
  it('ranks heads of state above ministers above legislators', () => {
    expect(officeTier('President of Turkey')).toBe(TIER_HEAD);
    expect(officeTier('Prime Minister of the United Kingdom')).toBe(TIER_HEAD);
    expect(officeTier('President of the Senate')).toBeLessThan(TIER_HEAD);
    expect(officeTier('Vice President of the United States')).toBe(TIER_HEAD - 1);
    expect(officeTier('United States Secretary of State')).toBe(TIER_MINISTER);
    expect(officeTier('Deputy Minister of Finance')).toBeLessThan(TIER_MINISTER);
    expect(officeTier('member of the State Duma')).toBe(TIER_LEGISLATOR);
  });
});

describe('descriptions', () => {
  it('prefers the most important, then the current office, with its years', () => {
    const d = describeHoldings([
      { label: 'Prime Minister of Turkey', start: 2003, end: 2014, tier: 6 },
      { label: 'President of Turkey', start: 2014, end: Infinity, tier: 6 },
      { label: 'Mayor of Istanbul', start: 1994, end: 1998, tier: 3 },
    ]);
    expect(d).toBe('President of Turkey (2014–)');
  });
  it('joins spells of one office', () => {
    expect(describeHoldings([
      { label: 'President of Russia', start: 2000, end: 2008, tier: 6 },
      { label: 'President of Russia', start: 2012, end: Infinity, tier: 6 },
    ])).toBe('President of Russia (2000–2008, 2012–)');
  });
  it('resolves short labels against the repository positions', () => {
    const labels = ['President of Niger', 'President of the National Assembly of Niger', 'United States Secretary of State'];
    expect(fullPositionLabel('President', labels, 'Niger')).toBe('President of Niger');
    expect(fullPositionLabel('Secretary of State', labels, 'United States')).toBe('United States Secretary of State');
    expect(fullPositionLabel('Minister of Culture', labels, 'Niger')).toBe('Minister of Culture, Niger');
  });
});
