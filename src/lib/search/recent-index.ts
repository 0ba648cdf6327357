/**
 * The recent index: a second, small Pagefind index of the newest plans, which the search
 * page searches first.
 *
 * Pagefind's time to answer grows with the number of pages that match: a query whose
 * words are in nearly every plan ("cải cách hành chính") scores every plan before it
 * returns anything (at 1,000 plans, 144 ms for the phrase and 1.3 s for all its words, on
 * a loaded 2-core machine; ten times that at 10,000). So when the archive holds more than
 * RECENT_PLANS plans, the build also writes an index of the RECENT_PLANS newest (by the
 * sort key "ngay", the issue date) into pagefind/<RECENT_INDEX_DIR>/, and a manifest
 * pagefind/portal-index.json (index-manifest.ts) says so. The page shows the recent index's matches first (their
 * cost and size do not grow with the archive), then the whole index's.
 *
 * The order of results is then: matches among the RECENT_PLANS newest plans (the phrase,
 * by relevance), the other plans with the phrase (by relevance), the other plans with all
 * the words, the plans citing a document the query names. Sorted newest first, the recent
 * index's matches come first and that order is exact (they are the newest); sorted oldest
 * first, the recent index is not used. The manifest (index-manifest.ts) says whether there
 * is one.
 */

/** How many of the newest plans the recent index holds; a smaller archive has none. */
export const RECENT_PLANS = 1000;
/**
 * The size of the recent index for a build: PORTAL_RECENT_PLANS when set (a positive
 * integer: tests build a recent index from a few dozen plans), else RECENT_PLANS.
 */
export function recentPlansLimit(value: string | undefined): number {
  if (value === undefined || value === '') return RECENT_PLANS;
  if (!/^[1-9]\d{0,6}$/.test(value)) throw new Error(`PORTAL_RECENT_PLANS must be a positive integer (at most 7 digits), got "${value}"`);
  return Number(value);
}

/** Its directory under pagefind/. */
export const RECENT_INDEX_DIR = 'gan-day';

/** The recent index as the manifest describes it. */
export interface RecentEntry {
  path: string;
  plans: number;
  since: string;
}

/** A page to index, with its sort key ("2024-01-12", "2024-00-00" when the source gives only the year). */
export interface DatedPage {
  pathname: string;
  date: string;
}

/** The sort key a plan page gives Pagefind (data-pagefind-sort="ngay"), or null when it has none. */
export function pageSortDate(html: string): string | null {
  return /data-pagefind-sort="ngay">(\d{4}-\d{2}-\d{2})</.exec(html)?.[1] ?? null;
}

/**
 * The pages of the recent index: the `limit` newest by date (ties by path, so the choice
 * is stable), none when there are not more than `limit` pages; and its manifest entry
 * (null: no recent index).
 */
export function recentIndex(pages: readonly DatedPage[], limit = RECENT_PLANS): { pages: DatedPage[]; recent: RecentEntry | null } {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`the recent index holds a positive number of plans, got ${limit}`);
  if (pages.length <= limit) return { pages: [], recent: null };
  const newest = [...pages].sort((a, b) => (a.date === b.date ? a.pathname.localeCompare(b.pathname) : a.date < b.date ? 1 : -1)).slice(0, limit);
  return { pages: newest, recent: { path: `${RECENT_INDEX_DIR}/`, plans: newest.length, since: newest.at(-1)!.date } };
}
