/** /du-lieu/ke-hoach.json and /du-lieu/nam/<year>/ke-hoach.json: the catalogue of the plans, each as its full open-data record. */
import type { APIRoute } from 'astro';
import { openDataPaths, type OpenDataScope } from '../../../data/routes/open-data';
import { catalogueBytes } from '../../../lib/open-data';
import { withBase } from '../../../lib/urls';

export function getStaticPaths() {
  return openDataPaths('ke-hoach.json');
}

export const GET: APIRoute<{ scope: OpenDataScope }> = ({ props }) =>
  new Response(catalogueBytes(withBase('/du-lieu/ke-hoach.schema.json'), props.scope.records), { headers: { 'content-type': 'application/json; charset=utf-8' } });
