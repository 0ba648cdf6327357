/**
 * The 34 provincial units from 2025-07-01, merged from the polygons of their
 * predecessors along the successor table of provinces-vn.json (Nghị quyết 202/2025/QH15):
 * topojson-client's merge joins polygons across their shared arcs, so the borders inside
 * a new unit disappear and the outer border is the predecessors' own.
 */
import type { MultiPolygon } from 'geojson';
import { merge } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { GeometryError, slugOf, type ProvinceReference, type ProvinceTopology } from './geometry';

export interface MergedUnit {
  /** Slug of the 2025 unit as in provinces-vn.json ("quang-tri"). */
  slug: string;
  /** Slugs of the pre-2025 provinces merged into it, in the reference's order. */
  members: string[];
  geometry: MultiPolygon;
}

/**
 * Merges the pre-2025 provinces into the 2025 units. Checks that the successor column
 * and the predecessor lists of provinces-vn.json agree, so a wrong table cannot draw a
 * wrong map silently.
 */
export function mergeSuccessors(topology: ProvinceTopology, reference: ProvinceReference): MergedUnit[] {
  const geometries = new Map(topology.objects.provinces.geometries.map((g) => [slugOf(g), g]));
  return reference.units2025.map((unit) => {
    const members = reference.units63.filter((old) => old.successor2025 === unit.slug).map((old) => old.slug);
    const expected = [...unit.predecessors].sort();
    if (members.length === 0 || [...members].sort().join() !== expected.join()) {
      throw new GeometryError(`provinces-vn.json: units2025 "${unit.slug}" lists predecessors ${unit.predecessors.join(', ')} but the successor2025 column gives ${members.join(', ') || 'none'}`);
    }
    const parts = members.map((slug) => {
      const geometry = geometries.get(slug);
      if (!geometry) throw new GeometryError(`no geometry for "${slug}", predecessor of "${unit.slug}"`);
      return geometry as GeometryObject & { type: 'Polygon' | 'MultiPolygon' };
    });
    return { slug: unit.slug, members, geometry: merge(topology, parts as never) };
  });
}
