// Drawing the world offline: Natural Earth land at 1:110m (npm world-atlas) as SVG path data,
// projected with d3-geo. Shared by the popup's map and the content script's context card.
import { geoEquirectangular, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import landTopology from 'world-atlas/land-110m.json';
import type { LonLat, MapFocus } from './focus.ts';

export interface MapSize {
  width: number;
  height: number;
  /** Empty margin inside the drawing, in pixels. */
  padding: number;
}

let land: Feature<Geometry> | FeatureCollection<Geometry> | undefined;

function landShape(): Feature<Geometry> | FeatureCollection<Geometry> {
  const topology = landTopology as unknown as Topology;
  land ??= feature(topology, topology.objects.land) as Feature<Geometry> | FeatureCollection<Geometry>;
  return land;
}

/** An equirectangular projection showing `focus` inside `size`, clipped to it. */
export function projectionFor(focus: MapFocus, size: MapSize): GeoProjection {
  const extent: [[number, number], [number, number]] = [
    [size.padding, size.padding],
    [size.width - size.padding, size.height - size.padding],
  ];
  const projection = geoEquirectangular();
  if (focus.kind === 'world') {
    projection.fitExtent(extent, { type: 'Sphere' });
  } else {
    const { west, south, east, north } = focus;
    projection.fitExtent(extent, { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] });
  }
  return projection.clipExtent([
    [0, 0],
    [size.width, size.height],
  ]);
}

/** SVG path data of the land under `projection`. */
export function landPath(projection: GeoProjection): string {
  return geoPath(projection)(landShape()) ?? '';
}

/** Where a point lands in the drawing, or null when it falls outside. */
export function projectPoint(projection: GeoProjection, point: LonLat, size: MapSize): [number, number] | null {
  const xy = projection(point);
  if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return null;
  if (xy[0] < 0 || xy[1] < 0 || xy[0] > size.width || xy[1] > size.height) return null;
  return [xy[0], xy[1]];
}
