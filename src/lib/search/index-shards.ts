/**
 * Year shards of the search index: how a large archive's index is split when it is built,
 * and how the search page puts the shards' answers back together.
 *
 * Pagefind's indexer keeps a whole index in memory until it writes it, about 1.3 GiB per
 * 1,000 plan pages of the portal's size (measured by `npm run bench:search`), so one index
 * of 50,000 plans would need tens of GiB in one process. Above SHARD_ABOVE plans the build
 * writes one index per year of issue instead, each by its own indexer process that ends
 * before the next one starts: the build's memory is then that of the largest year. The
 * newest year's index is written at pagefind/ (its pagefind.js is the runtime the search
 * page loads); each older year's at pagefind/nam-<year>/, and plans without a date at
 * pagefind/khong-ro-nam/, last.
 *
 * The search page asks every shard and merges their answers (mergeShardResponses): facet
 * counts are summed (a plan is in exactly one shard); results sorted by relevance are
 * ordered by score, as Pagefind's own mergeIndex orders the results of several indexes;
 * results sorted by date keep each shard's order, shards newest year first (or oldest
 * first when sorted oldest first), which is exact because a shard is a whole year.
 */
import type { DatedPage } from './recent-index';

/** Above this many plan pages, the index is written in year shards. */
export const SHARD_ABOVE = 5000;
/** The directory of an older year's shard under pagefind/. */
export const shardDir = (year: string | null): string => (year === null ? 'khong-ro-nam/' : `nam-${year}/`);

/**
 * The threshold for a build: PORTAL_SHARD_ABOVE when set (a positive integer: tests shard
 * the five seed plans with 1), else SHARD_ABOVE.
 */
export function shardAboveLimit(value: string | undefined): number {
  if (value === undefined || value === '') return SHARD_ABOVE;
  if (!/^[1-9]\d{0,6}$/.test(value)) throw new Error(`PORTAL_SHARD_ABOVE must be a positive integer (at most 7 digits), got "${value}"`);
  return Number(value);
}

/** One shard as the manifest lists it: where its index is ("" is pagefind/ itself), its year, how many plans. */
export interface ShardEntry {
  path: string;
  year: string | null;
  plans: number;
}

export interface IndexShard extends ShardEntry {
  pages: DatedPage[];
}

/** The year of a sort key ("2024-01-12", "2024-00-00"), or null when the page has none. */
function yearOf(date: string): string | null {
  return /^(\d{4})-\d\d-\d\d$/.exec(date)?.[1] ?? null;
}

/**
 * The shards of an index of these pages (a page's date is "" when it has none): one per
 * year, newest first, then the undated; the first at pagefind/ itself. Null when there are
 * not more than `above` pages, or when they all fall in one shard: one index then.
 */
export function indexShards(pages: readonly DatedPage[], above = SHARD_ABOVE): IndexShard[] | null {
  if (!Number.isInteger(above) || above < 1) throw new Error(`the index is sharded above a positive number of plans, got ${above}`);
  if (pages.length <= above) return null;
  const byYear = new Map<string | null, DatedPage[]>();
  for (const page of pages) {
    const year = yearOf(page.date);
    const list = byYear.get(year) ?? [];
    list.push(page);
    byYear.set(year, list);
  }
  if (byYear.size < 2) return null;
  const years = [...byYear.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? 1 : a > b ? -1 : 0));
  return years.map((year, i) => {
    const list = byYear.get(year)!;
    return { path: i === 0 ? '' : shardDir(year), year, plans: list.length, pages: list };
  });
}

/** Facet counts by facet and value, as Pagefind gives them. */
export type FacetCounts = Record<string, Record<string, number>>;

/** Sums the counts of several shards (a plan is in one shard only, so sums are exact). */
export function mergeCounts(counts: readonly FacetCounts[]): FacetCounts {
  const merged: FacetCounts = {};
  for (const shard of counts) {
    for (const [key, values] of Object.entries(shard)) {
      const into = (merged[key] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return merged;
}

/** How the results of several shards are ordered: by score, or in shard order (newest year first) or its reverse. */
export type ShardOrder = 'score' | 'newest-first' | 'oldest-first';

/** The order for a Pagefind sort option: a date sort keeps the shards' order, no sort is relevance. */
export function shardOrder(sort: Record<string, string> | undefined): ShardOrder {
  const direction = sort?.['ngay'];
  if (direction === 'desc') return 'newest-first';
  if (direction === 'asc') return 'oldest-first';
  if (sort && Object.keys(sort).length > 0) throw new Error(`the shards can be merged only by relevance or by date, not by ${Object.keys(sort).join(', ')}`);
  return 'score';
}

export interface ShardResponse<R extends { score: number }> {
  results: R[];
  filters: FacetCounts;
  totalFilters: FacetCounts;
}

/**
 * One answer from the answers of every shard, given in manifest order (newest year
 * first): results ordered as `order` says (ties by score keep shard order), counts summed.
 */
export function mergeShardResponses<R extends { score: number }>(responses: readonly ShardResponse<R>[], order: ShardOrder): ShardResponse<R> {
  const shards = order === 'oldest-first' ? [...responses].reverse() : responses;
  const results = shards.flatMap((response) => response.results);
  if (order === 'score') results.sort((a, b) => b.score - a.score);
  return {
    results,
    filters: mergeCounts(responses.map((response) => response.filters)),
    totalFilters: mergeCounts(responses.map((response) => response.totalFilters)),
  };
}
