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
