/**
 * Route data of the year pages (/nam/<year>/): the plans of one plan year, newest first,
 * PAGE_SIZE a page: page 1 at /nam/<year>/, page n at /nam/<year>/trang-<n>/.
 */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getCatalog } from '../catalog';
import { yearsWithPlans } from '../../lib/browse';
import type { CatalogPlan } from '../../lib/catalog';
import { pageLabel, pageRange, pagedCrumbs, pagedRoutes, type ListPage } from '../../lib/pagination';
import { withBase, yearUrl } from '../../lib/urls';

export interface YearRouteProps {
  year: number;
  plans: CatalogPlan[];
  /** The page of its plans this route shows. */
  page: ListPage<CatalogPlan>;
}

/** The pages of every plan year that has plans. */
export async function yearPaths(): Promise<{ params: { year: string }; props: YearRouteProps }[]> {
  return yearsWithPlans(await getCatalog()).flatMap(({ key, plans }) =>
    pagedRoutes(String(key), plans).map(({ param, page }) => ({ params: { year: param }, props: { year: key, plans, page } })),
  );
}

export interface YearPageData {
  /** "Kế hoạch năm 2024", with " — trang 2/5" after page 1. */
  title: string;
  crumbs: Crumb[];
  /** All the year's plans. */
  plans: CatalogPlan[];
  page: ListPage<CatalogPlan>;
  /** "51–100" when the list has several pages, else null. */
  range: string | null;
  /** The list's URL (page 1), for the pager. */
  base: string;
}

export function yearPageData({ year, plans, page }: YearRouteProps): YearPageData {
  return {
    title: `Kế hoạch năm ${year}${pageLabel(page)}`,
    crumbs: pagedCrumbs([{ label: 'Theo năm', href: withBase('/nam/') }, { label: `Năm ${year}` }], yearUrl(year), page),
    plans,
    page,
    range: pageRange(page),
    base: yearUrl(year),
  };
}
