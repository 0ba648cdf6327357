/** /ban-do/vi-tri/<unit>.svg: the small map locating a province (63 as issued, 34 from 2025), for the province and plan pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog';
import { getLocator } from '../../../data/maps';
import { locatorSvg } from '../../../lib/map/province-maps';
import { unitName } from '../../../lib/plan-format';

export const getStaticPaths: GetStaticPaths = async () => {
  const catalog = await getCatalog();
  return [...catalog.units.values()].filter((unit) => unit.tier === 'province').map((unit) => ({ params: { unit: unit.key }, props: { name: unitName(unit) } }));
};

export const GET: APIRoute = ({ params, props }) => {
  const map = getLocator(params.unit!);
  if (!map) throw new Error(`no locator map for "${params.unit}"`);
  return new Response(locatorSvg(map, `Bản đồ vị trí ${(props as { name: string }).name}`), { headers: { 'content-type': 'image/svg+xml' } });
};
