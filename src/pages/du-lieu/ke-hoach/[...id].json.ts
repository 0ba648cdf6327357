/** /du-lieu/ke-hoach/<plan id>.json: one plan's open-data record. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getRecords } from '../../../data/catalog';
import type { PlanRecord } from '../../../lib/open-data';

export const getStaticPaths = (async () => (await getRecords()).map((record) => ({ params: { id: record.id }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: PlanRecord }> = ({ props }) => new Response(JSON.stringify(props.record, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
