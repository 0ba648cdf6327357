/** /du-lieu/nhiem-vu.csv: one row per appendix task (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { getRecords } from '../../data/catalog';
import { TASK_CSV_HEADER, taskCsvRows, toCsv } from '../../lib/open-data';

export const GET: APIRoute = async () => new Response(toCsv(TASK_CSV_HEADER, (await getRecords()).flatMap(taskCsvRows)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
