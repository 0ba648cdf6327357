/**
 * Route data of the list of every plan (/ke-hoach/): the plans, newest first (catalog
 * order), PAGE_SIZE a page: page 1 at /ke-hoach/, page n at /ke-hoach/trang-<n>/.
 */
import type { PageHead } from '../../components/Breadcrumbs.astro';
import { getCatalog } from '../catalog';
import type { CatalogPlan } from '../../lib/catalog';
import { pageLabel, pageRange, pagedCrumbs, paginateList, type ListPage } from '../../lib/pagination';
import { withBase } from '../../lib/urls';

export interface PlansPageData {
  head: PageHead;
  /** All the plans, newest first. */
  plans: CatalogPlan[];
  page: ListPage<CatalogPlan>;
  /** "51–100" when the list has several pages, else null. */
  range: string | null;
  /** The list's URL (page 1), for the pager. */
  base: string;
}

/** The pages after the first (/ke-hoach/trang-<n>/; page 1 is /ke-hoach/ itself). */
export async function plansPaths(): Promise<{ params: { page: string }; props: { page: number } }[]> {
  return paginateList((await getCatalog()).plans)
    .slice(1)
    .map(({ number }) => ({ params: { page: String(number) }, props: { page: number } }));
}

/** Page `number` (1-based) of the list of every plan. */
export async function plansPageData(number = 1): Promise<PlansPageData> {
  const plans = (await getCatalog()).plans;
  const page = paginateList(plans)[number - 1];
  if (!page) throw new Error(`The list of every plan has no page ${number}`);
  const base = withBase('/ke-hoach/');
  return {
    head: {
      title: `Tất cả kế hoạch${pageLabel(page)}`,
      description: 'Danh sách tất cả kế hoạch tuyên truyền cải cách hành chính, mới nhất trước.',
      crumbs: pagedCrumbs([{ label: 'Tất cả kế hoạch' }], base, page),
    },
    plans,
    page,
    range: pageRange(page),
    base,
  };
}
