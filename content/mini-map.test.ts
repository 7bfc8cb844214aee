import { describe, expect, it } from 'vitest';
import { projectionFor } from '../src/popup/map/world.ts';
import { MINI_MAP_SIZE, miniMapPoint } from './mini-map.ts';

describe('mini map projection', () => {
  it('places dots exactly where the build-time land drawing (d3 equirectangular, world fit) puts them', () => {
    const projection = projectionFor({ kind: 'world' }, { ...MINI_MAP_SIZE, padding: 0 });
    for (const point of [[0, 0], [36.3, 33.5], [-77.04, 38.9], [151.2, -33.9], [-179, 80]] as [number, number][]) {
      const [x, y] = projection(point)!;
      const [mx, my] = miniMapPoint(point);
      expect(mx).toBeCloseTo(x, 6);
      expect(my).toBeCloseTo(y, 6);
    }
  });
});
