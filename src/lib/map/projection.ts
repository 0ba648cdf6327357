/**
 * A planar projection for a map of Viet Nam: equirectangular with its standard parallel
 * at 16°N (x = longitude × cos 16°, y = −latitude), fitted to a pixel box. Planar on
 * purpose: d3-geo's spherical projections need clockwise rings, the data's winding is not
 * guaranteed, and at 6–24°N the difference from a conformal projection is below a pixel
 * at these sizes.
 */
import { geoPath, geoTransform, type GeoPath, type GeoPermissibleObjects } from 'd3-geo';

const COS_16 = Math.cos((16 * Math.PI) / 180);

export interface Fitted {
  /** Longitude/latitude → pixel. */
  point(lon: number, lat: number): [number, number];
  /** SVG path data of a GeoJSON object, coordinates rounded to `digits`. */
  path: GeoPath<unknown, GeoPermissibleObjects>;
  width: number;
  height: number;
}

/**
 * Fits the bounding box [west, south, east, north] (degrees) into `width` pixels with
 * `margin` pixels around it; the height follows from the box's aspect.
 */
export function fitPlanar(bounds: readonly [number, number, number, number], width: number, margin = 4, digits = 1): Fitted {
  const [west, south, east, north] = bounds;
  if (!(east > west && north > south)) throw new RangeError(`empty bounds ${bounds.join(', ')}`);
  const scale = (width - 2 * margin) / ((east - west) * COS_16);
  const height = Math.ceil((north - south) * scale + 2 * margin);
  const point = (lon: number, lat: number): [number, number] => [margin + (lon - west) * COS_16 * scale, margin + (north - lat) * scale];
  const transform = geoTransform({
    point(this: { stream: { point(x: number, y: number): void } }, lon: number, lat: number) {
      const [x, y] = point(lon, lat);
      this.stream.point(x, y);
    },
  });
  return { point, path: geoPath(transform).digits(digits), width, height };
}
