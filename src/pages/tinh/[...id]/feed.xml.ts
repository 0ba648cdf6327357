/** /tinh/<unit>/feed.xml: the plans of one province (as issued or from 2025) or district. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog';
import { unitsWithPlans } from '../../../lib/browse';
import type { CatalogPlan, Unit } from '../../../lib/catalog';
import { plansFeed } from '../../../lib/feed-items';
import { unitName } from '../../../lib/plan-format';

export const getStaticPaths = (async () =>
  unitsWithPlans(await getCatalog())
    .filter(({ plans }) => plans.length > 0)
    .map(({ unit, plans }) => ({ params: { id: unit.key }, props: { unit, plans } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: Unit; plans: CatalogPlan[] }> = ({ site, props }) =>
  plansFeed(site!, `Kế hoạch của ${unitName(props.unit)}`, `Kế hoạch tuyên truyền cải cách hành chính của ${unitName(props.unit)}.`, props.plans);
