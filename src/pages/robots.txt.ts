/** /robots.txt: everything may be indexed but the embeds; the sitemap's address. */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${withBase('/nhung/')}\n\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
