/** /du-lieu/ke-hoach/<plan id>.json: one plan's open-data record. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../../data/catalog';
import { pageKey } from '../../../data/page-keys';
import type { PlanRecord } from '../../../lib/open-data';

// The cache key (src/data/page-keys.ts) is the digest of the record: the file is rendered again only when it changed.
export const getStaticPaths = (async () => {
  const paths = [];
  for (const record of await getRecords()) paths.push({ params: { id: record.id }, props: { record }, cacheKey: await pageKey(record) });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: PlanRecord }> = ({ props }) => new Response(JSON.stringify(props.record, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
