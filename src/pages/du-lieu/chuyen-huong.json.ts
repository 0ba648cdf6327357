/**
 * /du-lieu/chuyen-huong.json: every redirect of the portal (former plan paths, permalinks
 * by number, cited documents that are plans) as open data, for mirrors and link checkers.
 * The build reads it to write the web server's 301s (src/lib/server/nginx.ts), so the
 * server and the fallback redirect pages come from the same list.
 */
import type { APIRoute } from 'astro';
import { getCatalog, getCitationIndex } from '../../data/catalog';
import { countByKind, siteRedirects } from '../../lib/redirects';

export const GET: APIRoute = async () => {
  const [catalog, index] = await Promise.all([getCatalog(), getCitationIndex()]);
  const redirects = siteRedirects(catalog, index);
  return new Response(JSON.stringify({ description: 'Địa chỉ chuyển hướng của cổng (redirects: from, to, kind)', count: redirects.length, byKind: countByKind(redirects), redirects }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
