/** /du-lieu/ke-hoach.csv: one row per plan (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { getRecords } from '../../data/catalog';
import { PLAN_CSV_HEADER, planCsvRow, toCsv } from '../../lib/open-data';

export const GET: APIRoute = async () => new Response(toCsv(PLAN_CSV_HEADER, (await getRecords()).map(planCsvRow)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
