// Which part of the world the popup's map shows: the region around the article's places when
// they cluster, the whole world when they are spread out (or there are none). Pure.

/** [lon, lat] in degrees. */
export type LonLat = [number, number];
export type MapFocus = { kind: 'world' } | { kind: 'region'; west: number; south: number; east: number; north: number };

/** Places spread wider than this (degrees of longitude) are shown on the whole world. */
export const WORLD_IF_WIDER_THAN_DEG = 150;
/** ... or taller than this (degrees of latitude). */
export const WORLD_IF_TALLER_THAN_DEG = 80;
/** The smallest region shown, so one city or a few close ones keep their surroundings. */
export const MIN_REGION_SPAN_DEG = 16;
/** Margin around the places, as a share of their extent. */
export const REGION_PADDING_SHARE = 0.2;
/** Latitudes beyond which equirectangular maps show nothing useful. */
const MAX_LAT = 85;

const isLonLat = (c: unknown): c is LonLat =>
  Array.isArray(c) && c.length === 2 && Number.isFinite(c[0]) && Number.isFinite(c[1]) && Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 90;

export function mapFocus(coords: readonly unknown[]): MapFocus {
  const points = coords.filter(isLonLat);
  if (points.length === 0) return { kind: 'world' };
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  let west = Math.min(...lons);
  let east = Math.max(...lons);
  let south = Math.min(...lats);
  let north = Math.max(...lats);
  if (east - west > WORLD_IF_WIDER_THAN_DEG || north - south > WORLD_IF_TALLER_THAN_DEG) return { kind: 'world' };
  const padLon = Math.max((east - west) * REGION_PADDING_SHARE, (MIN_REGION_SPAN_DEG - (east - west)) / 2);
  const padLat = Math.max((north - south) * REGION_PADDING_SHARE, (MIN_REGION_SPAN_DEG / 2 - (north - south)) / 2);
  west = Math.max(-180, west - padLon);
  east = Math.min(180, east + padLon);
  south = Math.max(-MAX_LAT, south - padLat);
  north = Math.min(MAX_LAT, north + padLat);
  return { kind: 'region', west, south, east, north };
}
