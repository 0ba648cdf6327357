/** Route data of the year pages (/nam/<year>/): the plans of one plan year, newest first. */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getCatalog } from '../catalog';
import { yearsWithPlans } from '../../lib/browse';
import type { CatalogPlan } from '../../lib/catalog';
import { withBase } from '../../lib/urls';

export interface YearRouteProps {
  year: number;
  plans: CatalogPlan[];
}

/** A page for every plan year that has plans. */
export async function yearPaths(): Promise<{ params: { year: string }; props: YearRouteProps }[]> {
  return yearsWithPlans(await getCatalog()).map(({ key, plans }) => ({ params: { year: String(key) }, props: { year: key, plans } }));
}

export interface YearPageData {
  crumbs: Crumb[];
  plans: CatalogPlan[];
}

export function yearPageData({ year, plans }: YearRouteProps): YearPageData {
  return { crumbs: [{ label: 'Theo năm', href: withBase('/nam/') }, { label: `Năm ${year}` }], plans };
}
