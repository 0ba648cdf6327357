/**
 * Route data of the indices index (/chi-so/): the plans naming each index per plan year
 * (the chart's rows) and every index with its full name and number of plans.
 */
import { getCatalog } from '../catalog';
import { indicesWithPlans } from '../../lib/browse';
import { countIndicesByYear, type IndexYearRow } from '../../lib/charts/index-years';
import { indexUrl } from '../../lib/urls';

export interface IndexTargetsPageData {
  chart: IndexYearRow[];
  indices: { id: string; label: string; name: string; href: string; plans: number }[];
}

export async function indexTargetsPageData(): Promise<IndexTargetsPageData> {
  const catalog = await getCatalog();
  return {
    chart: countIndicesByYear(
      [...catalog.indices.values()].map((i) => ({ id: i.id, label: i.label })),
      catalog.plans,
    ),
    indices: indicesWithPlans(catalog).map(({ index, plans }) => ({ id: index.id, label: index.label, name: index.name, href: indexUrl(index.id), plans: plans.length })),
  };
}
