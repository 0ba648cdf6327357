/**
 * Feed items for plans: the same words for the site feed and the per-province and
 * per-agency feeds. A plan dated only by year or month is dated at its first day.
 */
import type { CatalogPlan } from './catalog';
import { fullTitle, numberLabel, unitName } from './plan-format';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

export function planFeedItem(plan: CatalogPlan): FeedItem {
  const date = plan.data.date ?? { year: plan.data.year, month: null, day: null };
  return {
    title: fullTitle(plan),
    link: plan.url,
    pubDate: new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)),
    description: `${plan.issuer.name} (${unitName(plan.province)}), ${numberLabel(plan)}, năm kế hoạch ${plan.data.year}.`,
  };
}
