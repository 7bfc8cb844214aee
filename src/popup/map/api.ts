// Entry of the separate map bundle (popup/map.js). The popup loads it only after its lists show,
// so the world's land (world-atlas) and d3-geo do not delay the first paint.
import { mapFocus } from './focus.ts';
import { landPath, projectPoint, projectionFor } from './world.ts';

export const mapApi = { mapFocus, landPath, projectPoint, projectionFor };
export type MapApi = typeof mapApi;

/** Where the bundle leaves its API for the popup. */
export const MAP_API_GLOBAL = '__dramatisMap';

(globalThis as Record<string, unknown>)[MAP_API_GLOBAL] = mapApi;
