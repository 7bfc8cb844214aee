// The context card's mini world map without map code in the content script: the land outline is
// drawn once at build time (scripts/build.ts defines __DRAMATIS_MINI_MAP_LAND__ from world-atlas
// with d3-geo), and a place's dot is placed with the same equirectangular projection, whose
// whole-world fit is a plain linear map.

declare const __DRAMATIS_MINI_MAP_LAND__: string | undefined;

export const MINI_MAP_SIZE = { width: 120, height: 60 } as const;

/** SVG path data of the world's land at MINI_MAP_SIZE ('' outside a build, e.g. in unit tests). */
export function miniMapLand(): string {
  return typeof __DRAMATIS_MINI_MAP_LAND__ === 'string' ? __DRAMATIS_MINI_MAP_LAND__ : '';
}

/** [lon, lat] → [x, y] on the mini map. */
export function miniMapPoint([lon, lat]: readonly [number, number]): [number, number] {
  return [((lon + 180) / 360) * MINI_MAP_SIZE.width, ((90 - lat) / 180) * MINI_MAP_SIZE.height];
}
