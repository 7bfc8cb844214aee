// The article's places as dots on an offline world map (inline SVG), zoomed to their region when
// they cluster. Clicking a dot jumps to that place's first mention. Screen readers get the list
// of places as the map's label; the lists above are the keyboard way to the same places.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FoundEntity } from '../core/types.ts';
import { t } from './i18n.ts';
import type { MapApi } from './map/api.ts';
import type { LonLat } from './map/focus.ts';
import { loadMapApi } from './map/load.ts';
import type { MapSize } from './map/world.ts';

const SIZE: MapSize = { width: 332, height: 180, padding: 14 };
/** Dot radius grows with mentions, within these bounds (px). */
const MIN_DOT_RADIUS = 3.5;
const MAX_DOT_RADIUS = 8;

interface Props {
  places: FoundEntity[];
  selectedId: string | undefined;
  onSelect: (entity: FoundEntity) => void;
}

export function PlacesMap({ places, selectedId, onSelect }: Props) {
  const located = places.filter((p): p is FoundEntity & { coords: LonLat } => Array.isArray(p.coords));
  const [api, setApi] = useState<MapApi>();
  useEffect(() => {
    loadMapApi().then(setApi, (error: unknown) => console.error('Dramatis: map unavailable', error));
  }, []);
  const drawing = useMemo(() => {
    if (!api) return undefined;
    const { mapFocus, projectionFor, landPath, projectPoint } = api;
    const focus = mapFocus(located.map((p) => p.coords));
    const projection = projectionFor(focus, SIZE);
    const most = Math.max(1, ...located.map((p) => p.mentions.length));
    const dots = located.flatMap((place) => {
      const xy = projectPoint(projection, place.coords, SIZE);
      if (!xy) return [];
      const radius = MIN_DOT_RADIUS + (MAX_DOT_RADIUS - MIN_DOT_RADIUS) * Math.sqrt(place.mentions.length / most);
      return [{ place, x: xy[0], y: xy[1], radius }];
    });
    // Big dots first, so small ones stay clickable on top.
    dots.sort((a, b) => b.radius - a.radius);
    return { focus, land: landPath(projection), dots };
  }, [places, api]);
  if (located.length === 0 || !drawing) return null;
  const label = t('mapLabel', located.map((p) => p.name).join(', '));
  return (
    <section class="map-section" aria-labelledby="heading-map">
      <h2 id="heading-map">{t('mapHeading')}</h2>
      <svg class="places-map" viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-label={label} data-focus={drawing.focus.kind}>
        <rect class="sea" x="0" y="0" width={SIZE.width} height={SIZE.height} />
        <path class="land" d={drawing.land} />
        {drawing.dots.map(({ place, x, y, radius }) => (
          <circle
            key={place.id}
            class={place.id === selectedId ? 'map-dot selected' : 'map-dot'}
            data-entity-id={place.id}
            cx={x.toFixed(1)}
            cy={y.toFixed(1)}
            r={radius.toFixed(1)}
            onClick={() => onSelect(place)}
          >
            <title>{place.name}</title>
          </circle>
        ))}
      </svg>
    </section>
  );
}
