/**
 * Route data of the unit pages (/tinh/<id>/): a province as issued, a 2025 province or a
 * district, with what became of it in 2025, what it was made of, its districts and
 * agencies that have plans, and its plans.
 */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getCatalog } from '../catalog';
import { agenciesOfProvince, districtsWithPlans, unitsWithPlans, type AgencyGroup, type UnitGroup } from '../../lib/browse';
import type { CatalogPlan, Unit } from '../../lib/catalog';
import { unitTitle, unitUrl } from '../../lib/plan-format';

export interface UnitRouteProps {
  unit: Unit;
  plans: CatalogPlan[];
}

/** A page for every unit of the provinces collection, even before its first plan (links to it never break). */
export async function unitPaths(): Promise<{ params: { id: string }; props: UnitRouteProps }[]> {
  return unitsWithPlans(await getCatalog()).map(({ unit, plans }) => ({ params: { id: unit.key }, props: { unit, plans } }));
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
}

export async function unitPageData(unit: Unit): Promise<UnitPageData> {
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
  return {
    title,
    crumbs: [{ label: 'Theo tỉnh', href: '/tinh/' }, ...(parent ? [{ label: unitTitle(parent), href: unitUrl(parent) }] : []), { label: title }],
    successor: unit.successor ? get(unit.successor) : null,
    parent,
    predecessors: is2025Province ? unit.predecessors.map(get) : [],
    districts: isPre2025Province ? districtsWithPlans(catalog).filter((d) => d.unit.parent === unit.key) : [],
    agencies: isPre2025Province ? agenciesOfProvince(catalog, unit.key).filter((g) => g.plans.length > 0) : [],
  };
}
