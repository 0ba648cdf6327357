/** /co-quan/<agency>/feed.xml: the plans one agency issued. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog';
import { agenciesWithPlans } from '../../../lib/browse';
import type { Agency, CatalogPlan } from '../../../lib/catalog';
import { planFeedItem } from '../../../lib/feed-items';

export const getStaticPaths = (async () =>
  agenciesWithPlans(await getCatalog())
    .filter(({ plans }) => plans.length > 0)
    .map(({ agency, plans }) => ({ params: { id: agency.key }, props: { agency, plans } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ agency: Agency; plans: CatalogPlan[] }> = (context) =>
  rss({
    title: `Kế hoạch của ${context.props.agency.name}`,
    description: `Kế hoạch tuyên truyền cải cách hành chính do ${context.props.agency.name} ban hành.`,
    site: context.site!,
    items: context.props.plans.map(planFeedItem),
    customData: '<language>vi</language>',
  });
