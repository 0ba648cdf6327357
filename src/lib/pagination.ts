/**
 * Pagination of the lists that grow with the archive (a province's, an agency's plans):
 * page 1 stays at the list's own URL, page n at `<url>trang-<n>/`, so that the URLs are
 * stable as plans are added (a plan moves to a later page; no URL changes meaning) and
 * no page grows without bound: a province with 2,000 plans gets 40 pages, not one 5 MB page.
 */

/** Plans a list page shows. */
export const PAGE_SIZE = 50;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** Number of pages (at least 1: an empty list has one, empty, page). */
  count: number;
  /** The items of this page. */
  items: T[];
  /** Index in the whole list of this page's first item. */
  start: number;
  /** Length of the whole list. */
  total: number;
}

/** Cuts `items` into pages of `size`. */
export function paginateList<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    start: i * size,
    total: items.length,
  }));
}

/** The URL segment of page `n` under a list's URL: "" for page 1, "trang-2/" after. */
export function pageSegment(n: number): string {
  return n === 1 ? '' : `trang-${n}/`;
}

/** The URL of page `n` of the list at `base` (which ends with "/"). */
export function pageUrl(base: string, n: number): string {
  return `${base}${pageSegment(n)}`;
}

/** The rest parameter of page `n` of the list whose own parameter is `key`: "ha-tinh", "ha-tinh/trang-2". */
export function pagedParam(key: string, n: number): string {
  return n === 1 ? key : `${key}/trang-${n}`;
}

/** The page numbers a pager shows: first, last, and up to two either side of the current, with null for gaps. */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const shown = new Set([1, count, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= count));
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, n] of sorted.entries()) {
    if (i > 0 && n - sorted[i - 1]! > 1) out.push(null);
    out.push(n);
  }
  return out;
}

/** One page of a list as a route: its rest parameter ("2024", "2024/trang-2") and the page. */
export interface PagedRoute<T> {
  param: string;
  page: ListPage<T>;
}

/** The routes of a list whose own parameter is `key`, `size` items a page (an empty list has one, empty, page). */
export function pagedRoutes<T>(key: string, items: readonly T[], size = PAGE_SIZE): PagedRoute<T>[] {
  return paginateList(items, size).map((page) => ({ param: pagedParam(key, page.number), page }));
}

/** What a page after the first adds to the list's title and heading: " — trang 2/5"; "" on page 1. */
export function pageLabel(page: Pick<ListPage<unknown>, 'number' | 'count'>): string {
  return page.number === 1 ? '' : ` — trang ${page.number}/${page.count}`;
}

/** Which items of the list a page shows, when there are several pages: "51–100"; null for a one-page list. */
export function pageRange(page: Pick<ListPage<unknown>, 'count' | 'start' | 'items'>): string | null {
  return page.count > 1 ? `${page.start + 1}–${page.start + page.items.length}` : null;
}

/**
 * The breadcrumbs of a list page: the list's own on page 1; after, the list's last crumb
 * links back to page 1 (`listUrl`) and "Trang n" follows.
 */
export function pagedCrumbs<C extends { label: string; href?: string }>(crumbs: readonly C[], listUrl: string, page: Pick<ListPage<unknown>, 'number'>): (C | { label: string; href?: string })[] {
  if (page.number === 1) return [...crumbs];
  const last = crumbs.at(-1);
  if (!last) throw new Error('a list page has at least one crumb');
  return [...crumbs.slice(0, -1), { ...last, href: listUrl }, { label: `Trang ${page.number}` }];
}
