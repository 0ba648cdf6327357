/** /co-quan/<agency>/feed.xml: the plans one agency issued. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog';
import { agenciesWithPlans } from '../../../lib/browse';
import type { Agency, CatalogPlan } from '../../../lib/catalog';
import { plansFeed } from '../../../lib/feed-items';

export const getStaticPaths = (async () =>
  agenciesWithPlans(await getCatalog())
    .filter(({ plans }) => plans.length > 0)
    .map(({ agency, plans }) => ({ params: { id: agency.key }, props: { agency, plans } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ agency: Agency; plans: CatalogPlan[] }> = ({ site, props }) =>
  plansFeed(site!, `Kế hoạch của ${props.agency.name}`, `Kế hoạch tuyên truyền cải cách hành chính do ${props.agency.name} ban hành.`, props.plans);
