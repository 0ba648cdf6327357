/**
 * Route data of the years index (/nam/): the plans per plan year and level (the chart's
 * rows) and every plan year with its number of plans, newest first.
 */
import { getCatalog } from '../catalog';
import { yearsWithPlans } from '../../lib/browse';
import { countByYearAndLevel, type YearLevelRow } from '../../lib/charts/year-levels';
import { yearUrl } from '../../lib/urls';

export interface YearsPageData {
  chart: YearLevelRow[];
  years: { year: number; href: string; plans: number }[];
}

export async function yearsPageData(): Promise<YearsPageData> {
  const catalog = await getCatalog();
  return {
    chart: countByYearAndLevel(catalog.plans),
    years: yearsWithPlans(catalog).map(({ key, plans }) => ({ year: key, href: yearUrl(key), plans: plans.length })),
  };
}
