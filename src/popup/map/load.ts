// Loads the map bundle (popup/map.js, built from api.ts) once, by a <script> of the popup page.
import type { MapApi } from './api.ts';

/** Same value as MAP_API_GLOBAL in api.ts (not imported, so the map code stays out of the popup bundle). */
const MAP_API_GLOBAL = '__dramatisMap';
const MAP_SCRIPT = 'map.js';

let loading: Promise<MapApi> | undefined;

export function loadMapApi(): Promise<MapApi> {
  loading ??= new Promise<MapApi>((resolve, reject) => {
    const ready = (): MapApi | undefined => (globalThis as Record<string, unknown>)[MAP_API_GLOBAL] as MapApi | undefined;
    const existing = ready();
    if (existing) return resolve(existing);
    const script = document.createElement('script');
    script.src = MAP_SCRIPT;
    script.onload = () => {
      const api = ready();
      if (api) resolve(api);
      else reject(new Error('map bundle loaded without its API'));
    };
    script.onerror = () => reject(new Error(`cannot load ${MAP_SCRIPT}`));
    document.head.append(script);
  });
  return loading;
}
