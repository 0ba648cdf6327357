/** /du-lieu/ke-hoach.json: the catalogue of all plans, each as its full open-data record. */
import type { APIRoute } from 'astro';
import { getRecords } from '../../data/catalog';
import { withBase } from '../../lib/urls';

export const GET: APIRoute = async () => {
  const plans = await getRecords();
  return new Response(JSON.stringify({ schema: withBase('/du-lieu/ke-hoach.schema.json'), count: plans.length, plans }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
