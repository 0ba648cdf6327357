/**
 * The geometry of the 63 pre-2025 provinces (data/geo/vnm-adm1.topojson,
 * geoBoundaries VNM ADM1, CC BY-SA 4.0), matched to the provinces of the verified
 * reference (content/provinces/provinces-vn.json) by ISO 3166-2 code, the match checked
 * against the geometry's ASCII name. Pure: the caller reads the files.
 */
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { slugify } from '../slug';

/** The columns of provinces-vn.json the map needs. */
export interface ReferenceUnit63 {
  slug: string;
  name: string;
  iso3166_2: string;
  successor2025: string;
}
export interface ReferenceUnit2025 {
  slug: string;
  name: string;
  predecessors: string[];
}
export interface ProvinceReference {
  units63: ReferenceUnit63[];
  units2025: ReferenceUnit2025[];
}

/** Properties of a geoBoundaries geometry. */
interface BoundaryProperties {
  shapeName: string;
  shapeISO: string;
}

/** Where the geometry file disagrees with the reference; see data/geo/README.md. */
export const ISO_CORRECTIONS: Readonly<Record<string, string>> = { 'VN-38': 'VN-32' };

/** The name of the collection of provinces inside the topology. */
export const PROVINCES_OBJECT = 'provinces';

export type ProvinceTopology = Topology<{ provinces: GeometryCollection<{ slug: string }> }>;

/** Error naming the geometry file, the geometry and what was expected. */
export class GeometryError extends Error {}

/** "TP. Ho Chi Minh" → "ho-chi-minh"; "Thua Thien - Hue" → "thua-thien-hue". */
function nameSlug(shapeName: string): string {
  return slugify(shapeName).replace(/^tp-/, '');
}

/**
 * Returns the topology with one collection, "provinces", whose geometries carry the
 * pre-2025 slug as id and property, in the reference's order. Throws a GeometryError when
 * a geometry matches no province, a province has no geometry, or names disagree.
 */
export function matchProvinces(topology: Topology, reference: ProvinceReference, file = 'data/geo/vnm-adm1.topojson'): ProvinceTopology {
  const objects = Object.values(topology.objects);
  const collection = objects[0];
  if (objects.length !== 1 || collection?.type !== 'GeometryCollection') {
    throw new GeometryError(`${file}: expected one GeometryCollection of provinces, found ${objects.map((o) => o.type).join(', ') || 'none'}`);
  }
  const byIso = new Map(reference.units63.map((unit) => [unit.iso3166_2, unit]));
  const matched = new Map<string, GeometryObject<{ slug: string }>>();
  for (const [index, geometry] of collection.geometries.entries()) {
    const props = geometry.properties as Partial<BoundaryProperties> | undefined;
    const iso = props?.shapeISO ? (ISO_CORRECTIONS[props.shapeISO] ?? props.shapeISO) : undefined;
    const unit = iso ? byIso.get(iso) : undefined;
    if (!props?.shapeName || !unit) {
      throw new GeometryError(`${file}: geometries[${index}] ("${props?.shapeName ?? '?'}", ${props?.shapeISO ?? 'no shapeISO'}) matches no province of provinces-vn.json by ISO 3166-2 code`);
    }
    if (nameSlug(props.shapeName) !== unit.slug) {
      throw new GeometryError(`${file}: geometries[${index}] is named "${props.shapeName}" but its code ${iso} is ${unit.name} ("${unit.slug}") in provinces-vn.json`);
    }
    if (matched.has(unit.slug)) throw new GeometryError(`${file}: two geometries for ${unit.name} (${iso})`);
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
      throw new GeometryError(`${file}: geometries[${index}] (${unit.name}) is a ${geometry.type}, expected Polygon or MultiPolygon`);
    }
    matched.set(unit.slug, { ...geometry, id: unit.slug, properties: { slug: unit.slug } } as GeometryObject<{ slug: string }>);
  }
  const missing = reference.units63.filter((unit) => !matched.has(unit.slug));
  if (missing.length > 0) throw new GeometryError(`${file}: no geometry for ${missing.map((unit) => `${unit.name} (${unit.iso3166_2})`).join(', ')}`);
  return {
    ...topology,
    objects: { [PROVINCES_OBJECT]: { type: 'GeometryCollection', geometries: reference.units63.map((unit) => matched.get(unit.slug)!) } },
  } as ProvinceTopology;
}

/** The pre-2025 slug of a geometry of a matched topology. */
export function slugOf(geometry: { properties?: unknown }): string {
  return (geometry.properties as { slug: string }).slug;
}
