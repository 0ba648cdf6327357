/**
 * /du-lieu/trich-dan.json: every citation extracted from every plan, as open data, in
 * catalog order (the same records as the plans' `references`, with the sentence).
 * Body spans are offsets into the plan's body text as the portal reads it (the text of
 * its Markdown, blocks separated by line breaks); legal-basis spans into that basis entry.
 */
import type { APIRoute } from 'astro';
import { getCatalog, getCitationIndex } from '../../data/catalog';
import { planCitationRecords } from '../../lib/open-data';

export const GET: APIRoute = async () => {
  const [catalog, index] = await Promise.all([getCatalog(), getCitationIndex()]);
  const citations = catalog.plans.flatMap((plan) => planCitationRecords(index, plan.id));
  return new Response(JSON.stringify({ description: 'Trích dẫn văn bản trong các kế hoạch (citations extracted from the plans)', count: citations.length, citations }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
