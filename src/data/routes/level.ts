/** Route data of the level pages (/cap/<level>/): the plans issued at one level. */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getCatalog } from '../catalog';
import { levelsWithPlans } from '../../lib/browse';
import type { CatalogPlan } from '../../lib/catalog';
import { LEVEL_DESCRIPTIONS, LEVEL_LABELS, type PlanLevel } from '../../lib/levels';
import { withBase } from '../../lib/urls';

export interface LevelRouteProps {
  level: PlanLevel;
  plans: CatalogPlan[];
}

/** A page for every level that has plans. */
export async function levelPaths(): Promise<{ params: { level: PlanLevel }; props: LevelRouteProps }[]> {
  return levelsWithPlans(await getCatalog())
    .filter(({ plans }) => plans.length > 0)
    .map(({ key, plans }) => ({ params: { level: key }, props: { level: key, plans } }));
}

export interface LevelPageData {
  /** "Cấp huyện". */
  label: string;
  /** "Kế hoạch cấp huyện": the page's title and heading. */
  title: string;
  description: string;
  crumbs: Crumb[];
  plans: CatalogPlan[];
}

export function levelPageData({ level, plans }: LevelRouteProps): LevelPageData {
  const label = LEVEL_LABELS[level];
  return {
    label,
    title: `Kế hoạch ${label.toLowerCase()}`,
    description: LEVEL_DESCRIPTIONS[level],
    crumbs: [{ label: 'Theo cấp', href: withBase('/cap/') }, { label }],
    plans,
  };
}
