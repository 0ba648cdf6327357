/**
 * Route data of the levels index (/cap/): the four levels in their fixed order, each with
 * its label, explanation and number of plans, and a link only when it has plans.
 */
import { getCatalog } from '../catalog';
import { levelsWithPlans } from '../../lib/browse';
import { LEVEL_DESCRIPTIONS, LEVEL_LABELS, type PlanLevel } from '../../lib/levels';
import { levelUrl } from '../../lib/urls';

export interface LevelsPageData {
  levels: { level: PlanLevel; label: string; description: string; plans: number; href: string | null }[];
}

export async function levelsPageData(): Promise<LevelsPageData> {
  return {
    levels: levelsWithPlans(await getCatalog()).map(({ key, plans }) => ({
      level: key,
      label: LEVEL_LABELS[key],
      description: LEVEL_DESCRIPTIONS[key],
      plans: plans.length,
      href: plans.length > 0 ? levelUrl(key) : null,
    })),
  };
}
