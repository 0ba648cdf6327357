/**
 * /du-lieu/trich-dan.json and /du-lieu/nam/<year>/trich-dan.json: every citation extracted
 * from the plans, as open data, in catalog order (the same records as the plans'
 * `references`, with the sentence). Body spans are offsets into the plan's body text as the
 * portal reads it (the text of its Markdown, blocks separated by line breaks); legal-basis
 * spans into that basis entry.
 */
import type { APIRoute } from 'astro';
import { getCitationIndex } from '../../../data/catalog';
import { openDataPaths, type OpenDataScope } from '../../../data/routes/open-data';
import { citationsJsonBytes, planCitationRecords } from '../../../lib/open-data';

export function getStaticPaths() {
  return openDataPaths('trich-dan.json');
}

export const GET: APIRoute<{ scope: OpenDataScope }> = async ({ props }) => {
  const index = await getCitationIndex();
  const citations = props.scope.plans.flatMap((plan) => planCitationRecords(index, plan.id));
  return new Response(citationsJsonBytes(citations), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
