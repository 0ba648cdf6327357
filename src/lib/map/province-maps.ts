/**
 * The two maps of Viet Nam's provinces, as SVG-ready shapes: the 63 units as issued and
 * the 34 units from 2025-07-01 (merged, see merge.ts). Pure and deterministic: the caller
 * reads the geometry and reference files once per build.
 *
 * Small islands are dropped below a pixel area, except the offshore archipelagos (every
 * island east of 110°E: Hoàng Sa of Đà Nẵng, Trường Sa of Khánh Hòa), which are kept as
 * dots so that they stay visible, inside their province's link, and labelled.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { matchProvinces, slugOf, type ProvinceReference, type ProvinceTopology } from './geometry';
import { mergeSuccessors } from './merge';
import { fitPlanar, type Fitted } from './projection';
import { simplifyTopology } from './simplify';

export interface MapShape {
  /** Slug of the unit (pre-2025 slug for the 63, 2025 slug for the 34). */
  slug: string;
  /** SVG path data of the unit's mainland and larger islands. */
  d: string;
  /** Offshore islands as dots: SVG path data of zero-length segments ("M261 194h0…"), drawn with a round cap. */
  dots: string;
  /** Where a label or marker of the unit goes: centroid of its largest polygon. */
  anchor: [number, number];
  /** Bounding box of the drawn polygons: [x0, y0, x1, y1]. */
  box: [number, number, number, number];
}

export interface ArchipelagoLabel {
  name: string;
  /** The unit the archipelago belongs to, per era. */
  slug: string;
  /** Baseline of the label, centred over the islands. */
  x: number;
  y: number;
}

export interface ProvinceMaps {
  width: number;
  height: number;
  units63: MapShape[];
  units2025: MapShape[];
  archipelagos63: ArchipelagoLabel[];
  archipelagos2025: ArchipelagoLabel[];
}

export interface MapOptions {
  /** Width of the map's coordinate system in pixels (the SVG viewBox). */
  width?: number;
  /** Share of the arcs' points kept by the simplification. */
  keep?: number;
  /** Islands smaller than this (square pixels) are not drawn. */
  minArea?: number;
}

/** Islands east of this longitude are the offshore archipelagos. */
const ARCHIPELAGO_LONGITUDE = 110;

const ARCHIPELAGOS = [
  { name: 'Quần đảo Hoàng Sa', north: true },
  { name: 'Quần đảo Trường Sa', north: false },
] as const;
/** Hoàng Sa lies north of this latitude (15.7–17.1°N), Trường Sa south of it (6.5–11.5°N). */
const ARCHIPELAGO_SPLIT_LATITUDE = 14;

function polygonsOf(geometry: Polygon | MultiPolygon | null): Position[][][] {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function ringArea(ring: [number, number][]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return Math.abs(area / 2);
}

function mean(ring: Position[]): [number, number] {
  let x = 0;
  let y = 0;
  for (const p of ring) {
    x += p[0]!;
    y += p[1]!;
  }
  return [x / ring.length, y / ring.length];
}

interface Drawn {
  shape: MapShape;
  /** Offshore island centres in degrees, to place the archipelago labels. */
  offshore: [number, number][];
}

function draw(slug: string, polygons: Position[][][], fitted: Fitted, minArea: number, cell = 1.5): Drawn {
  const kept: Position[][][] = [];
  const dots = new Map<string, [number, number]>();
  const offshore: [number, number][] = [];
  let largest: { area: number; polygon: Position[][] } | undefined;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer || outer.length < 4) continue;
    const [lon, lat] = mean(outer);
    if (lon > ARCHIPELAGO_LONGITUDE) {
      offshore.push([lon, lat]);
      const [x, y] = fitted.point(lon, lat);
      // One dot per cell of `cell` pixels: reefs closer than that would draw one blot anyway.
      const key = `${Math.round(x / cell)},${Math.round(y / cell)}`;
      if (!dots.has(key)) dots.set(key, [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
      continue;
    }
    const area = ringArea(outer.map((p) => fitted.point(p[0]!, p[1]!)));
    if (area < minArea) continue;
    kept.push(polygon);
    if (!largest || area > largest.area) largest = { area, polygon };
  }
  if (!largest) throw new Error(`unit "${slug}" has nothing large enough to draw`);
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: kept };
  const [[x0, y0], [x1, y1]] = fitted.path.bounds(geometry);
  const [ax, ay] = fitted.path.centroid({ type: 'Polygon', coordinates: largest.polygon });
  return {
    shape: {
      slug,
      d: fitted.path(geometry) ?? '',
      dots: [...dots.values()].map(([x, y]) => `M${x} ${y}h0`).join(''),
      anchor: [Math.round(ax * 10) / 10, Math.round(ay * 10) / 10],
      box: [x0, y0, x1, y1].map((v) => Math.round(v * 10) / 10) as [number, number, number, number],
    },
    offshore,
  };
}

function labels(drawn: Drawn[], fitted: Fitted): ArchipelagoLabel[] {
  return ARCHIPELAGOS.flatMap(({ name, north }) => {
    const owners = drawn.filter((d) => d.offshore.some(([, lat]) => lat > ARCHIPELAGO_SPLIT_LATITUDE === north));
    if (owners.length !== 1) throw new Error(`${name}: expected the islands of one unit, found ${owners.map((o) => o.shape.slug).join(', ') || 'none'}`);
    const islands = owners[0]!.offshore.filter(([, lat]) => lat > ARCHIPELAGO_SPLIT_LATITUDE === north);
    const points = islands.map(([lon, lat]) => fitted.point(lon, lat));
    // Centred over the islands, just above the northernmost.
    const x = points.reduce((sum, p) => sum + p[0], 0) / points.length;
    const y = Math.min(...points.map((p) => p[1])) - 6;
    return [{ name, slug: owners[0]!.shape.slug, x: Math.round(x), y: Math.round(y) }];
  });
}

interface EraUnit {
  slug: string;
  polygons: Position[][][];
}

/** The units of both eras from a matched topology: the 63 as issued, the 34 merged from them. */
function unitsOfBothEras(topology: ProvinceTopology, reference: ProvinceReference): { old: EraUnit[]; merged: EraUnit[] } {
  const old = topology.objects.provinces.geometries.map((g) => ({
    slug: slugOf(g),
    polygons: polygonsOf((feature(topology, g) as unknown as { geometry: Polygon | MultiPolygon | null }).geometry),
  }));
  const merged = mergeSuccessors(topology, reference).map((unit) => ({ slug: unit.slug, polygons: polygonsOf(unit.geometry) }));
  return { old, merged };
}

/** The extent of the units' outer rings in degrees: [west, south, east, north]. */
function extentOf(units: readonly EraUnit[]): [number, number, number, number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { polygons } of units) {
    for (const polygon of polygons) {
      for (const [lon, lat] of polygon[0]!) {
        west = Math.min(west, lon!);
        east = Math.max(east, lon!);
        south = Math.min(south, lat!);
        north = Math.max(north, lat!);
      }
    }
  }
  return [west, south, east, north];
}

/** Draws both maps from the raw topology and the reference. */
export function buildProvinceMaps(raw: Topology, reference: ProvinceReference, options: MapOptions = {}): ProvinceMaps {
  const { width = 400, keep = 0.08, minArea = 2 } = options;
  const topology = simplifyTopology(matchProvinces(raw, reference), keep);
  const { old, merged } = unitsOfBothEras(topology, reference);
  const fitted = fitPlanar(extentOf(old), width, 6);
  const drawn63 = old.map((unit) => draw(unit.slug, unit.polygons, fitted, minArea));
  const drawn2025 = merged.map((unit) => draw(unit.slug, unit.polygons, fitted, minArea));
  return {
    width: fitted.width,
    height: fitted.height,
    units63: drawn63.map((d) => d.shape),
    units2025: drawn2025.map((d) => d.shape),
    archipelagos63: labels(drawn63, fitted),
    archipelagos2025: labels(drawn2025, fitted),
  };
}

/** A small map that shows where one unit lies: the country's outline, the unit filled. */
export interface LocatorMap {
  width: number;
  height: number;
  /** SVG path data of the country's outer border. */
  outline: string;
  /** The offshore archipelagos as dots (see MapShape.dots). */
  dots: string;
  /** The unit's shape. */
  unit: MapShape;
}

/** Locator maps of every unit of both eras, `width` pixels wide, by slug. */
export function buildLocator(raw: Topology, reference: ProvinceReference, width = 160): { units63: Map<string, LocatorMap>; units2025: Map<string, LocatorMap> } {
  const topology = simplifyTopology(matchProvinces(raw, reference), 0.025);
  const collection = topology.objects.provinces;
  const { old, merged } = unitsOfBothEras(topology, reference);
  const fitted = fitPlanar(extentOf(old), width, 4, 0);
  // The outer border: arcs used by one province only, less the offshore reefs (drawn as
  // dots) and the islands smaller than 4 px across (at 160 px wide, specks).
  const border = mesh(topology, collection as never, (a: unknown, b: unknown) => a === b);
  const spansPixels = (line: Position[]) => {
    const xs = line.map((p) => fitted.point(p[0]!, p[1]!));
    const w = Math.max(...xs.map((p) => p[0])) - Math.min(...xs.map((p) => p[0]));
    const h = Math.max(...xs.map((p) => p[1])) - Math.min(...xs.map((p) => p[1]));
    return Math.max(w, h) >= 4;
  };
  const outline =
    fitted.path({
      type: 'MultiLineString',
      coordinates: border.coordinates.filter((line) => line.length > 1 && mean(line)[0] <= ARCHIPELAGO_LONGITUDE && spansPixels(line)),
    }) ?? '';
  const drawn63 = old.map((unit) => draw(unit.slug, unit.polygons, fitted, 0.5, 5));
  const dots = drawn63.map((d) => d.shape.dots).join('');
  const locate = (units: EraUnit[]) =>
    new Map(units.map((unit) => [unit.slug, { width: fitted.width, height: fitted.height, outline, dots, unit: draw(unit.slug, unit.polygons, fitted, 0.5, 5).shape }]));
  return { units63: locate(old), units2025: locate(merged) };
}

/**
 * A locator map as a standalone SVG document (served as an image: no links, so nothing is
 * lost, and it costs the page nothing). Colours are the site's: the unit in the seal red,
 * the country's outline and the archipelagos in the muted ink.
 */
export function locatorSvg(map: LocatorMap, title: string): string {
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}">`,
    `<title>${esc(title)}</title>`,
    `<path d="${map.outline}" fill="none" stroke="#4a4f55" stroke-width="0.6"/>`,
    `<path d="${map.dots}" fill="none" stroke="#4a4f55" stroke-width="1.2" stroke-linecap="round"/>`,
    `<path d="${map.unit.d}" fill="#8b1a1a" stroke="#8b1a1a" stroke-width="0.6" stroke-linejoin="round"/>`,
    map.unit.dots ? `<path d="${map.unit.dots}" fill="none" stroke="#8b1a1a" stroke-width="1.8" stroke-linecap="round"/>` : '',
    '</svg>',
  ].join('');
}
