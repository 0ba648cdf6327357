/**
 * /du-lieu/trich-dan.json: every citation extracted from every plan, as open data.
 * Body spans are offsets into the plan's body text as the portal reads it (the text of
 * its Markdown, blocks separated by line breaks); legal-basis spans into that basis entry.
 */
import type { APIRoute } from 'astro';
import { getCitationIndex } from '../../data/catalog';
import { documentUrl } from '../../lib/cited-format';

export const GET: APIRoute = async () => {
  const index = await getCitationIndex();
  const citations = [...index.byPlan.values()].flatMap(({ plan, body, legalBasis }) =>
    [...body, ...legalBasis].map(({ citation: c, sentence, inLegalBasis }) => {
      const document = index.documents.get(c.key)!;
      const key = document.resolvedTo ?? c.key;
      return {
        plan: plan.id,
        planUrl: plan.url,
        part: inLegalBasis ? 'legalBasis' : 'body',
        start: c.start,
        end: c.end,
        surface: c.surface,
        key,
        keyAsRead: c.key,
        documentUrl: document.plan ? document.plan.url : documentUrl(key),
        type: c.type,
        number: c.number,
        numberAsWritten: c.numberAsWritten,
        date: c.date,
        issuer: c.issuer,
        sentence,
      };
    }),
  );
  return new Response(JSON.stringify({ description: 'Trích dẫn văn bản trong các kế hoạch (citations extracted from the plans)', count: citations.length, citations }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
