/** /du-lieu/nhiem-vu.csv and /du-lieu/nam/<year>/nhiem-vu.csv: one row per appendix task (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { openDataPaths, type OpenDataScope } from '../../../data/routes/open-data';
import { tasksCsvBytes } from '../../../lib/open-data';

export function getStaticPaths() {
  return openDataPaths('nhiem-vu.csv');
}

export const GET: APIRoute<{ scope: OpenDataScope }> = ({ props }) => new Response(tasksCsvBytes(props.scope.records), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
