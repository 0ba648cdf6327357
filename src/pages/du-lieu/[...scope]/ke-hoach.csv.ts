/** /du-lieu/ke-hoach.csv and /du-lieu/nam/<year>/ke-hoach.csv: one row per plan (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { openDataPaths, type OpenDataScope } from '../../../data/routes/open-data';
import { plansCsvBytes } from '../../../lib/open-data';

export function getStaticPaths() {
  return openDataPaths('ke-hoach.csv');
}

export const GET: APIRoute<{ scope: OpenDataScope }> = ({ props }) => new Response(plansCsvBytes(props.scope.records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
