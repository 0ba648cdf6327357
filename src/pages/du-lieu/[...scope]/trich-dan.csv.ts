/** /du-lieu/trich-dan.csv and /du-lieu/nam/<year>/trich-dan.csv: one row per citation (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { openDataPaths, type OpenDataScope } from '../../../data/routes/open-data';
import { citationsCsvBytes } from '../../../lib/open-data';

export function getStaticPaths() {
  return openDataPaths('trich-dan.csv');
}

export const GET: APIRoute<{ scope: OpenDataScope }> = ({ props }) => new Response(citationsCsvBytes(props.scope.records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
