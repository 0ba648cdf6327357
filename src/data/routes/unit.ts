/**
 * Route data of the unit pages (/tinh/<id>/): a province as issued, a 2025 province or a
 * district, with what became of it in 2025, what it was made of, its districts and
 * agencies that have plans, and its plans.
 */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getAssignments, getCatalog } from '../catalog';
import { agenciesInContent, agenciesOfProvince, districtsWithPlans, unitsInContent, unitsWithPlans, type AgencyGroup, type UnitGroup } from '../../lib/browse';
import type { CatalogPlan, Unit } from '../../lib/catalog';
import { unitTitle } from '../../lib/plan-format';
import { pagedParam, paginateList, type ListPage } from '../../lib/pagination';
import { unitUrl, withBase } from '../../lib/urls';
import { unitLocator, type LocatorFigure } from './locator';
import { embedList, type EmbedList } from '../../lib/embed-list';
import { feedPlans } from '../../lib/feed-items';
import { keyedPaths } from '../page-keys';

export interface UnitRouteProps {
  unit: Unit;
  plans: CatalogPlan[];
  /** The page of its plans this route shows (PAGE_SIZE a page). */
  page: ListPage<CatalogPlan>;
}

/**
 * A page for every province (as issued and from 2025), even before its first plan (the maps
 * link each one), and for every district the content names (unitsInContent: a plan filed in
 * it, or an agency with a page in it, whose page links it), PAGE_SIZE plans a page: page 1
 * at /tinh/<id>/, page n at /tinh/<id>/trang-<n>/.
 */
export async function unitPaths(): Promise<{ params: { id: string }; props: UnitRouteProps }[]> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  return unitsInContent(catalog, agenciesInContent(catalog, assignments.byAgency)).flatMap(({ unit, plans }) =>
    paginateList(plans).map((page) => ({ params: { id: pagedParam(unit.key, page.number) }, props: { unit, plans, page } })),
  );
}

/** What a unit's embeddable list shows: the unit and its newest plans (embed-list.ts). */
export interface UnitEmbedProps {
  unit: Unit;
  list: EmbedList<CatalogPlan>;
}

/**
 * The embeddable list (/nhung/tinh/<id>/) of every unit with a page (unitsInContent): a
 * province's even before its first plan, as its page offers the snippet and the list fills
 * itself as plans arrive; a district's only when the content names the district. Its key
 * is what it shows: the unit, its EMBED_PLANS newest plans and their count.
 */
export async function unitEmbedPaths(): Promise<{ params: { id: string }; props: UnitEmbedProps; cacheKey: string }[]> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  return keyedPaths(
    unitsInContent(catalog, agenciesInContent(catalog, assignments.byAgency)).map(({ unit, plans }) => {
      const list = embedList(plans);
      return { params: { id: unit.key }, props: { unit, list }, key: ['embed', unit, list] };
    }),
  );
}

/** What a unit's feed holds: the unit and its FEED_ITEMS newest plans (feed-items.ts). */
export interface UnitFeedProps {
  unit: Unit;
  plans: CatalogPlan[];
}

/** The feed of every unit with plans (/tinh/<id>/feed.xml), keyed by the unit and the plans it holds. */
export async function unitFeedPaths(): Promise<{ params: { id: string }; props: UnitFeedProps; cacheKey: string }[]> {
  return keyedPaths(
    unitsWithPlans(await getCatalog())
      .filter(({ plans }) => plans.length > 0)
      .map(({ unit, plans: all }) => {
        const plans = feedPlans(all);
        return { params: { id: unit.key }, props: { unit, plans }, key: ['feed', unit, plans] };
      }),
  );
}

export interface UnitPageData {
  /** "Tỉnh Vĩnh Long (từ 01/7/2025)" for a 2025 province, else the unit's title. */
  title: string;
  crumbs: Crumb[];
  /** For a pre-2025 province: its 2025 successor. */
  successor: Unit | null;
  /** For a district: its province. */
  parent: Unit | null;
  /** For a 2025 province: the provinces it was made of. */
  predecessors: Unit[];
  /** For a pre-2025 province: its districts and agencies that have plans. */
  districts: UnitGroup[];
  agencies: AgencyGroup[];
  /** The unit's province on the map of the country. */
  locator: LocatorFigure | null;
}

/** The page data; on a page after the first, the district and agency lists are left to page 1. */
export async function unitPageData(unit: Unit, page?: ListPage<CatalogPlan>): Promise<UnitPageData> {
  const catalog = await getCatalog();
  const get = (id: string) => {
    const found = catalog.units.get(id);
    if (!found) throw new Error(`Unit ${unit.key} names the unknown unit "${id}"`);
    return found;
  };
  const parent = unit.parent ? get(unit.parent) : null;
  const is2025Province = unit.era === '2025' && unit.tier === 'province';
  const isPre2025Province = unit.tier === 'province' && unit.era === 'pre-2025';
  const title = `${unitTitle(unit)}${is2025Province ? ' (từ 01/7/2025)' : ''}`;
  const first = !page || page.number === 1;
  return {
    title,
    crumbs: [
      { label: 'Theo tỉnh', href: withBase('/tinh/') },
      ...(parent ? [{ label: unitTitle(parent), href: unitUrl(parent) }] : []),
      ...(first ? [{ label: title }] : [{ label: title, href: unitUrl(unit) }, { label: `Trang ${page.number}` }]),
    ],
    successor: unit.successor ? get(unit.successor) : null,
    parent,
    predecessors: is2025Province ? unit.predecessors.map(get) : [],
    districts: first && isPre2025Province ? districtsWithPlans(catalog).filter((d) => d.unit.parent === unit.key) : [],
    agencies: first && isPre2025Province ? agenciesOfProvince(catalog, unit.key).filter((g) => g.plans.length > 0) : [],
    locator: unitLocator(unit, parent),
  };
}
