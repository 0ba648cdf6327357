/** /du-lieu/ke-hoach.schema.json: the JSON Schema of a plan record, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { planRecordJsonSchema } from '../../lib/open-data';

export const GET: APIRoute = () => new Response(JSON.stringify(planRecordJsonSchema(), null, 2), { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
