/**
 * Route data of the home page (/): how much the portal holds, the province maps (both eras),
 * the counts by province, year and level (three tables of one shape), the plans per year
 * and level (the chart's rows), and the latest plans.
 */
import { getCatalog } from '../catalog';
import { getMapPanels } from '../maps';
import { levelsWithPlans, provincesWithPlans, yearsWithPlans } from '../../lib/browse';
import type { CatalogPlan } from '../../lib/catalog';
import { countByYearAndLevel, type YearLevelRow } from '../../lib/charts/year-levels';
import { LEVEL_LABELS } from '../../lib/levels';
import { mapEntries } from '../../lib/map/entries';
import type { MapPanel } from '../../lib/map/panels';
import { unitTitle } from '../../lib/plan-format';
import { levelUrl, unitUrl, withBase, yearUrl } from '../../lib/urls';

/** How many plans the home page lists as the latest. */
export const LATEST_PLANS = 5;

export interface CountTable {
  /** The id of its heading, which the section is labelled by. */
  id: string;
  heading: string;
  /** The header of its first column. */
  column: string;
  rows: { label: string; href: string; plans: number }[];
}

export interface HomePageData {
  planCount: number;
  provinceCount: number;
  yearCount: number;
  /** The province maps, 2025 first: each unit's link, count and shade. */
  maps: MapPanel[];
  /** By province (as issued), by plan year, by level (those with plans). */
  counts: CountTable[];
  chart: YearLevelRow[];
  latest: CatalogPlan[];
}

export async function homePageData(): Promise<HomePageData> {
  const catalog = await getCatalog();
  const provinces = provincesWithPlans(catalog);
  const years = yearsWithPlans(catalog);
  const levels = levelsWithPlans(catalog).filter((level) => level.plans.length > 0);
  return {
    planCount: catalog.plans.length,
    provinceCount: provinces.length,
    yearCount: years.length,
    maps: getMapPanels(mapEntries(catalog), { '63': '#so-theo-tinh', '2025': withBase('/tinh/#tinh-2025') }),
    counts: [
      { id: 'so-theo-tinh', heading: 'Theo tỉnh', column: 'Tỉnh, thành phố', rows: provinces.map(({ unit, plans }) => ({ label: unitTitle(unit), href: unitUrl(unit), plans: plans.length })) },
      { id: 'so-theo-nam', heading: 'Theo năm', column: 'Năm kế hoạch', rows: years.map(({ key, plans }) => ({ label: String(key), href: yearUrl(key), plans: plans.length })) },
      { id: 'so-theo-cap', heading: 'Theo cấp', column: 'Cấp ban hành', rows: levels.map(({ key, plans }) => ({ label: LEVEL_LABELS[key], href: levelUrl(key), plans: plans.length })) },
    ],
    chart: countByYearAndLevel(catalog.plans),
    latest: catalog.plans.slice(0, LATEST_PLANS),
  };
}
