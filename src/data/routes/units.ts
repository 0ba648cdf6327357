/**
 * Route data of the provinces index (/tinh/): the province maps (both eras), the provinces
 * as issued (with what became of each in 2025), the 2025 provinces (with what they were
 * made of) and the districts, each with its number of plans.
 */
import { getCatalog } from '../catalog';
import { getMapPanels } from '../maps';
import { districtsWithPlans, provincesWithPlans, successorsWithPlans } from '../../lib/browse';
import { mapEntries } from '../../lib/map/entries';
import type { MapPanel } from '../../lib/map/panels';
import { successorSentence, unitName, unitTitle } from '../../lib/plan-format';
import { unitUrl } from '../../lib/urls';

interface UnitItem {
  title: string;
  href: string;
  plans: number;
}

export interface UnitsPageData {
  /** The province maps, 2025 first: each unit's link, count and shade. */
  maps: MapPanel[];
  /** Each with the sentence saying what became of it in 2025. */
  provinces: (UnitItem & { successor: string })[];
  /** Each with the provinces it was made of, "tỉnh Bến Tre, tỉnh Trà Vinh, tỉnh Vĩnh Long". */
  successors: (UnitItem & { predecessors: string })[];
  /** Each with its province, "tỉnh Hà Tĩnh". */
  districts: (UnitItem & { province: string })[];
}

export async function unitsPageData(): Promise<UnitsPageData> {
  const catalog = await getCatalog();
  const get = (key: string | null, of: string) => {
    const unit = key === null ? undefined : catalog.units.get(key);
    if (!unit) throw new Error(`Unit ${of} names the unknown unit "${key}"`);
    return unit;
  };
  return {
    maps: getMapPanels(mapEntries(catalog), { '63': '#tinh-khi-ban-hanh', '2025': '#tinh-2025' }),
    provinces: provincesWithPlans(catalog).map(({ unit, plans }) => ({ title: unitTitle(unit), href: unitUrl(unit), plans: plans.length, successor: successorSentence(get(unit.successor, unit.key)) })),
    successors: successorsWithPlans(catalog).map(({ unit, plans }) => ({
      title: unitTitle(unit),
      href: unitUrl(unit),
      plans: plans.length,
      predecessors: unit.predecessors.map((id) => unitName(get(id, unit.key))).join(', '),
    })),
    districts: districtsWithPlans(catalog).map(({ unit, plans }) => ({ title: unitTitle(unit), href: unitUrl(unit), plans: plans.length, province: unitName(get(unit.parent, unit.key)) })),
  };
}
