/** /co-quan/<agency>/feed.xml: the plans one agency issued. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { agencyListPaths } from '../../../data/routes/agency';
import type { Agency, CatalogPlan } from '../../../lib/catalog';
import { plansFeed } from '../../../lib/feed-items';

export const getStaticPaths = (async () => (await agencyListPaths()).map(({ params, props: { group } }) => ({ params, props: { agency: group.agency, plans: group.plans } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ agency: Agency; plans: CatalogPlan[] }> = ({ site, props }) =>
  plansFeed(site!, `Kế hoạch của ${props.agency.name}`, `Kế hoạch tuyên truyền cải cách hành chính do ${props.agency.name} ban hành.`, props.plans);
