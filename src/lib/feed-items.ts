/**
 * Feeds of plans: the same items and words for the site feed and the per-province and
 * per-agency feeds. A plan dated only by year or month is dated at its first day. A feed
 * holds the FEED_ITEMS newest plans (a reader polls it for what is new; the whole list is
 * the paged list page), so that it does not grow with the archive.
 */
import rss from '@astrojs/rss';
import type { CatalogPlan } from './catalog';
import { fullTitle, numberLabel, unitName } from './plan-format';
import { stripXmlIllegal } from './escape';
import { withBase } from './urls';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

export function planFeedItem(plan: CatalogPlan): FeedItem {
  const date = plan.data.date ?? { year: plan.data.year, month: null, day: null };
  // @astrojs/rss escapes markup; characters XML forbids (the content gate refuses them,
  // this is the second guard) would make the whole feed ill-formed, so they are dropped.
  return {
    title: stripXmlIllegal(fullTitle(plan)),
    link: plan.url,
    pubDate: new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)),
    description: stripXmlIllegal(`${plan.issuer.name} (${unitName(plan.province)}), ${numberLabel(plan)}, năm kế hoạch ${plan.data.year}.`),
  };
}

/** How many plans a feed holds: the newest. */
export const FEED_ITEMS = 50;

/** The plans a feed holds: the FEED_ITEMS first of a list (newest first as given). */
export function feedPlans<T>(plans: readonly T[]): T[] {
  return plans.slice(0, FEED_ITEMS);
}

/** An RSS feed of the FEED_ITEMS first plans (newest first as given), in Vietnamese, with links on `site`. */
export function plansFeed(site: URL, title: string, description: string, plans: readonly CatalogPlan[]): Promise<Response> {
  return rss({
    title: stripXmlIllegal(title),
    description: stripXmlIllegal(description),
    site: new URL(withBase('/'), site).href,
    items: feedPlans(plans).map(planFeedItem),
    customData: '<language>vi</language>',
  });
}
