/** The real geometry and province reference, read once for the map tests. */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import type { ProvinceReference } from '../../src/lib/map/geometry';

export const topology = (): Topology => JSON.parse(readFileSync('data/geo/vnm-adm1.topojson', 'utf8')) as Topology;
export const reference = (): ProvinceReference => JSON.parse(readFileSync('content/provinces/provinces-vn.json', 'utf8')) as ProvinceReference;
