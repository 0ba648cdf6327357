/** /co-quan/<agency>/feed.xml: the plans one agency issued. */
import type { APIRoute } from 'astro';
import { agencyFeedPaths, type AgencyFeedProps } from '../../../data/routes/agency';
import { plansFeed } from '../../../lib/feed-items';

export function getStaticPaths() {
  return agencyFeedPaths();
}

export const GET: APIRoute<AgencyFeedProps> = ({ site, props }) =>
  plansFeed(site!, `Kế hoạch của ${props.agency.name}`, `Kế hoạch tuyên truyền cải cách hành chính do ${props.agency.name} ban hành.`, props.plans);
