/** /tinh/<unit>/feed.xml: the plans of one province (as issued or from 2025) or district. */
import type { APIRoute } from 'astro';
import { unitFeedPaths, type UnitFeedProps } from '../../../data/routes/unit';
import { plansFeed } from '../../../lib/feed-items';
import { unitName } from '../../../lib/plan-format';

export function getStaticPaths() {
  return unitFeedPaths();
}

export const GET: APIRoute<UnitFeedProps> = ({ site, props }) =>
  plansFeed(site!, `Kế hoạch của ${unitName(props.unit)}`, `Kế hoạch tuyên truyền cải cách hành chính của ${unitName(props.unit)}.`, props.plans);
