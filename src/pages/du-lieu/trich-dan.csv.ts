/** /du-lieu/trich-dan.csv: one row per citation (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { getRecords } from '../../data/catalog';
import { CITATION_CSV_HEADER, citationCsvRows, toCsv } from '../../lib/open-data';

export const GET: APIRoute = async () => new Response(toCsv(CITATION_CSV_HEADER, (await getRecords()).flatMap(citationCsvRows)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
