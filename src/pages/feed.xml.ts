/** /feed.xml: every plan, newest first. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { plansFeed } from '../lib/feed-items';

export const GET: APIRoute = async (context) =>
  plansFeed(context.site!, 'Kế hoạch tuyên truyền cải cách hành chính', 'Các kế hoạch tuyên truyền cải cách hành chính mới trên cổng.', (await getCatalog()).plans);
