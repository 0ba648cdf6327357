/**
 * Route data of the cited-documents index: every document the plans cite, PAGE_SIZE a page,
 * in two orders: most cited first, with the provinces and plan years citing it (/van-ban/,
 * page n at /van-ban/trang-<n>/; page 1 also has the chart of the most cited), and by type
 * and issuer in Vietnamese order (/van-ban/theo-loai/, page n at /van-ban/theo-loai/trang-<n>/).
 */
import type { PageHead } from '../../components/Breadcrumbs.astro';
import { getCitationIndex } from '../catalog';
import type { CitedItem } from '../../lib/charts/cited';
import { distinctPlans } from '../../lib/citation-index';
import { citedDocumentGroups, citedDocumentRows, type CitedDocumentGroup, type CitedDocumentRow } from '../../lib/cited-documents';
import { pageLabel, pageRange, pagedCrumbs, paginateList, type ListPage } from '../../lib/pagination';
import { withBase } from '../../lib/urls';

/** The two orders of the list: most cited first, and by type then issuer. */
export type DocumentsOrder = 'citations' | 'type';

export interface DocumentsPageData {
  head: PageHead;
  /** How many plans cite anything. */
  citingPlans: number;
  /** This page of the rows, in the page's order. */
  page: ListPage<CitedDocumentRow>;
  /** "51–100" when the list has several pages, else null. */
  range: string | null;
  /** The URL of page 1 of this order (for the pager), and of each order. */
  base: string;
  orders: Record<DocumentsOrder, string>;
  /** On page 1 of the most-cited order, the chart's items (its first rows: title, plans citing it and provinces of those plans); else empty. */
  chart: CitedItem[];
  /** In the type order, this page's rows by type and issuer, with each type's count over the whole list; else empty. */
  byType: (CitedDocumentGroup & { total: number })[];
}

const ORDERS: Record<DocumentsOrder, string> = { citations: '/van-ban/', type: '/van-ban/theo-loai/' };

interface OrderedRows {
  rows: CitedDocumentRow[];
  groups: CitedDocumentGroup[];
}
/**
 * The rows in each order, once per citation index (once per build): every page of the list
 * reads them, and sorting every cited document again for each page made the list's pages
 * cost grow with the corpus (650 ms a page at 10,000 plans).
 */
const ordered = new WeakMap<object, Record<DocumentsOrder, OrderedRows>>();

/** Every row in the order's sequence: most cited first, or by type, then issuer (citedDocumentGroups). */
async function orderedRows(order: DocumentsOrder): Promise<OrderedRows> {
  const index = await getCitationIndex();
  let orders = ordered.get(index);
  if (!orders) {
    const rows = citedDocumentRows(index);
    const groups = citedDocumentGroups(rows);
    orders = { citations: { rows, groups: [] }, type: { rows: groups.flatMap((group) => group.byIssuer.flatMap((issuer) => issuer.rows)), groups } };
    ordered.set(index, orders);
  }
  return orders[order];
}

/** The pages after the first of an order (page 1 is the order's own URL). */
export async function documentsPaths(order: DocumentsOrder): Promise<{ params: { page: string }; props: { page: number } }[]> {
  return paginateList((await orderedRows(order)).rows)
    .slice(1)
    .map(({ number }) => ({ params: { page: String(number) }, props: { page: number } }));
}

/** Page `number` (1-based) of the list in `order`. */
export async function documentsPageData(order: DocumentsOrder = 'citations', number = 1): Promise<DocumentsPageData> {
  const index = await getCitationIndex();
  const { rows, groups } = await orderedRows(order);
  const page = paginateList(rows)[number - 1];
  if (!page) throw new Error(`The list of cited documents (${order}) has no page ${number}`);
  const base = withBase(ORDERS[order]);
  const totals = new Map(groups.map((group) => [group.type, group.rows.length]));
  const title = order === 'citations' ? 'Văn bản được trích dẫn' : 'Văn bản được trích dẫn, theo loại và cơ quan ban hành';
  return {
    head: {
      title: `${title}${pageLabel(page)}`,
      description: 'Tất cả văn bản mà các kế hoạch tuyên truyền cải cách hành chính trích dẫn: nghị quyết, quyết định, kế hoạch, văn bản của Đảng, kèm các kế hoạch trích dẫn.',
      crumbs: pagedCrumbs(order === 'citations' ? [{ label: 'Văn bản được trích dẫn' }] : [{ label: 'Văn bản được trích dẫn', href: withBase(ORDERS.citations) }, { label: 'Theo loại' }], base, page),
    },
    citingPlans: index.byPlan.size,
    page,
    range: pageRange(page),
    base,
    orders: { citations: withBase(ORDERS.citations), type: withBase(ORDERS.type) },
    chart:
      order === 'citations' && page.number === 1
        ? page.items.map((row) => ({ label: row.title, plans: row.plans, provinces: new Set(distinctPlans(row.document).map((plan) => plan.province.key)).size }))
        : [],
    byType: order === 'type' ? citedDocumentGroups(page.items).map((group) => ({ ...group, total: totals.get(group.type)! })) : [],
  };
}
