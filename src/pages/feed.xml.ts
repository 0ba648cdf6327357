/** /feed.xml: every plan, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { planFeedItem } from '../lib/feed-items';

export const GET: APIRoute = async (context) =>
  rss({
    title: 'Kế hoạch tuyên truyền cải cách hành chính',
    description: 'Các kế hoạch tuyên truyền cải cách hành chính mới trên cổng.',
    site: context.site!,
    items: (await getCatalog()).plans.map(planFeedItem),
    customData: '<language>vi</language>',
  });
