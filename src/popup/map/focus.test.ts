import { describe, expect, it } from 'vitest';
import { MIN_REGION_SPAN_DEG, mapFocus } from './focus.ts';

describe('map focus', () => {
  it('shows the world without places, or with places far apart', () => {
    expect(mapFocus([])).toEqual({ kind: 'world' });
    expect(mapFocus([[Number.NaN, 3], 'x', null])).toEqual({ kind: 'world' });
    // Washington and Tokyo
    expect(mapFocus([[-77.04, 38.9], [139.7, 35.7]])).toEqual({ kind: 'world' });
  });

  it('zooms to the region around clustered places, with padding', () => {
    // Aleppo, Damascus, Ankara
    const focus = mapFocus([[37.16, 36.2], [36.3, 33.5], [32.86, 39.93]]);
    expect(focus.kind).toBe('region');
    if (focus.kind !== 'region') return;
    expect(focus.west).toBeLessThan(32.86);
    expect(focus.east).toBeGreaterThan(37.16);
    expect(focus.south).toBeLessThan(33.5);
    expect(focus.north).toBeGreaterThan(39.93);
    expect(focus.east - focus.west).toBeLessThan(40);
  });

  it('keeps a minimum span around a single place, inside the world', () => {
    const focus = mapFocus([[179, 0]]);
    expect(focus).toMatchObject({ kind: 'region', east: 180 });
    const one = mapFocus([[10, 50]]);
    if (one.kind !== 'region') throw new Error('expected a region');
    expect(one.east - one.west).toBeCloseTo(MIN_REGION_SPAN_DEG);
  });
});
