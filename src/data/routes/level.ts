/**
 * Route data of the level pages (/cap/<level>/): the plans issued at one level, PAGE_SIZE
 * a page: page 1 at /cap/<level>/, page n at /cap/<level>/trang-<n>/.
 */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getCatalog } from '../catalog';
import { pageKey } from '../page-keys';
import { levelsWithPlans } from '../../lib/browse';
import type { CatalogPlan } from '../../lib/catalog';
import { LEVEL_DESCRIPTIONS, LEVEL_LABELS, type PlanLevel } from '../../lib/levels';
import { pageLabel, pageRange, pagedCrumbs, pagedRoutes, type ListPage } from '../../lib/pagination';
import { levelUrl, withBase } from '../../lib/urls';

export interface LevelRouteProps {
  level: PlanLevel;
  plans: CatalogPlan[];
  /** The page of its plans this route shows. */
  page: ListPage<CatalogPlan>;
}

/**
 * The pages of every level that has plans; none for a level without. A page's key is what
 * it shows: the level, how many plans it has and this page of them.
 */
export async function levelPaths(): Promise<{ params: { level: string }; props: LevelRouteProps; cacheKey: string }[]> {
  const paths: { params: { level: string }; props: LevelRouteProps; cacheKey: string }[] = [];
  for (const { key, plans } of levelsWithPlans(await getCatalog())) {
    if (plans.length === 0) continue;
    for (const { param, page } of pagedRoutes(key, plans)) {
      paths.push({ params: { level: param }, props: { level: key, plans, page }, cacheKey: await pageKey('level', key, page) });
    }
  }
  return paths;
}

export interface LevelPageData {
  /** "Cấp huyện". */
  label: string;
  /** "Kế hoạch cấp huyện": the page's title and heading, with " — trang 2/5" after page 1. */
  title: string;
  description: string;
  crumbs: Crumb[];
  /** All the level's plans. */
  plans: CatalogPlan[];
  page: ListPage<CatalogPlan>;
  /** "51–100" when the list has several pages, else null. */
  range: string | null;
  /** The list's URL (page 1), for the pager. */
  base: string;
}

export function levelPageData({ level, plans, page }: LevelRouteProps): LevelPageData {
  const label = LEVEL_LABELS[level];
  return {
    label,
    title: `Kế hoạch ${label.toLowerCase()}${pageLabel(page)}`,
    description: LEVEL_DESCRIPTIONS[level],
    crumbs: pagedCrumbs([{ label: 'Theo cấp', href: withBase('/cap/') }, { label }], levelUrl(level), page),
    plans,
    page,
    range: pageRange(page),
    base: levelUrl(level),
  };
}
