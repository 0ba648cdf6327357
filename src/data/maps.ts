/**
 * The province maps of this build: the geometry (data/geo/, geoBoundaries,
 * CC BY-SA 4.0) and the reference of the content tree in use, drawn once per build.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { MapEntries } from '../lib/map/entries';
import type { ProvinceReference } from '../lib/map/geometry';
import { mapPanels, type MapEra, type MapPanel } from '../lib/map/panels';
import { buildLocator, buildProvinceMaps, type LocatorMap, type ProvinceMaps } from '../lib/map/province-maps';

const contentDir = resolve(process.env['PORTAL_CONTENT_DIR'] ?? './content');
/** The geometry is part of the site, not of a content tree (data/geo/, outside content/): always the project's own file. */
const GEOMETRY = resolve('data/geo/vnm-adm1.topojson');

/** The files the maps are drawn from (their bytes are part of every page's cache key: src/data/page-keys.ts). */
export function mapSourceFiles(): string[] {
  return [GEOMETRY, join(contentDir, 'provinces', 'provinces-vn.json')];
}

let raw: { topology: Topology; reference: ProvinceReference } | undefined;
let maps: ProvinceMaps | undefined;
let locators: { units63: Map<string, LocatorMap>; units2025: Map<string, LocatorMap> } | undefined;

function sources() {
  raw ??= {
    topology: JSON.parse(readFileSync(GEOMETRY, 'utf8')) as Topology,
    reference: JSON.parse(readFileSync(join(contentDir, 'provinces', 'provinces-vn.json'), 'utf8')) as ProvinceReference,
  };
  return raw;
}

/** Both maps (63 units as issued, 34 from 2025-07-01), 400 px wide. */
export function getProvinceMaps(): ProvinceMaps {
  maps ??= buildProvinceMaps(sources().topology, sources().reference);
  return maps;
}

/** The panels of both maps for these entries, each linked to the table with its counts. */
export function getMapPanels(entries: MapEntries, tables: Record<MapEra, string>): MapPanel[] {
  return mapPanels(getProvinceMaps(), entries, tables);
}

/** A small locator map per unit; keys are the catalog's unit keys ("quang-tri", "quang-tri-2025"). */
export function getLocator(unitKey: string): LocatorMap | undefined {
  locators ??= buildLocator(sources().topology, sources().reference);
  return unitKey.endsWith('-2025') ? locators.units2025.get(unitKey.slice(0, -'-2025'.length)) : locators.units63.get(unitKey);
}
