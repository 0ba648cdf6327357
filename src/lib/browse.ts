/**
 * The groupings the browse pages show, computed from the catalog: provinces (as issued
 * and as of 2025), years, agencies and levels, each with its plans in catalog order
 * and the lists sorted the way a Vietnamese reader expects.
 */
import type { Agency, Catalog, CatalogPlan, Unit } from './catalog-types';
import type { IndexData } from './schemas/index-entry';
import { compareVi } from './collate';
import { PLAN_LEVELS, type PlanLevel } from './levels';
import { AGENCY_KINDS } from './agency-kinds';

export interface Group<K> {
  key: K;
  plans: CatalogPlan[];
}

export interface UnitGroup extends Group<string> {
  unit: Unit;
}

function unitGroups(catalog: Catalog, key: (plan: CatalogPlan) => string): UnitGroup[] {
  return [...groupPlans(catalog.plans, key)].map(([id, plans]) => ({ key: id, unit: catalog.units.get(id)!, plans })).sort((a, b) => compareVi(a.unit.name, b.unit.name));
}

/** Pre-2025 provinces that have plans, in Vietnamese order. */
export function provincesWithPlans(catalog: Catalog): UnitGroup[] {
  return unitGroups(catalog, byProvince);
}

/** 2025 provinces whose predecessors have plans, in Vietnamese order. */
export function successorsWithPlans(catalog: Catalog): UnitGroup[] {
  return unitGroups(catalog, bySuccessor);
}

/** Districts that have plans, in Vietnamese order. */
export function districtsWithPlans(catalog: Catalog): UnitGroup[] {
  return unitGroups({ ...catalog, plans: catalog.plans.filter((plan) => plan.district !== null) }, (plan) => plan.district!.key);
}

/** Every unit of the provinces collection with its plans (possibly none): as issued, as of 2025, or in the district. */
export function unitsWithPlans(catalog: Catalog): UnitGroup[] {
  const groups = [byProvince, bySuccessor, (plan: CatalogPlan) => plan.district?.key ?? ''].map((key) => groupPlans(catalog.plans, key));
  return [...catalog.units.values()]
    .map((unit) => ({ key: unit.key, unit, plans: groups.flatMap((group) => group.get(unit.key) ?? []) }))
    .sort((a, b) => compareVi(a.unit.name, b.unit.name) || a.key.localeCompare(b.key));
}

/**
 * The units that get a page (unitsWithPlans, same order): every province (as issued and
 * from 2025: the maps link each one, and there are 63 + 34), and a district only when the
 * content names it: a plan is filed in it, or an agency of `agencies` (those with a page,
 * agenciesInContent) is in it, so that no page links to a missing district page.
 */
export function unitsInContent(catalog: Catalog, agencies: readonly AgencyGroup[]): UnitGroup[] {
  const named = new Set(agencies.flatMap((group) => (group.agency.district ? [group.agency.district] : [])));
  return unitsWithPlans(catalog).filter((group) => group.unit.tier === 'province' || group.plans.length > 0 || named.has(group.key));
}

/** Plan years, newest first. */
export function yearsWithPlans(catalog: Catalog): Group<number>[] {
  return [...groupPlans(catalog.plans, byYear)].map(([key, plans]) => ({ key, plans })).sort((a, b) => b.key - a.key);
}

/** Levels in their fixed order (tỉnh, sở-ngành, huyện, xã), with their plans (possibly none). */
export function levelsWithPlans(catalog: Catalog): Group<PlanLevel>[] {
  const groups = groupPlans(catalog.plans, byLevel);
  return PLAN_LEVELS.map((key) => ({ key, plans: groups.get(key) ?? [] }));
}

export interface AgencyGroup extends Group<string> {
  agency: Agency;
}

/** Every agency with the plans it issued (possibly none), in Vietnamese order of its name. */
export function agenciesWithPlans(catalog: Catalog): AgencyGroup[] {
  const groups = groupPlans(catalog.plans, byIssuer);
  return [...catalog.agencies.values()].map((agency) => ({ key: agency.key, agency, plans: groups.get(agency.key) ?? [] })).sort((a, b) => compareVi(a.agency.name, b.agency.name));
}

/**
 * The agencies the content speaks of: those that issued a plan or that a plan gives a duty
 * or an appendix task (`assigned`: their keys, e.g. the assignments' byAgency), in
 * Vietnamese order. Only these get a page: an agency of the registry that no plan names
 * would get a page of empty lists that no content links to, and a national registry
 * (every department, district and commune: about 6,000 bodies) would outnumber the plans.
 */
export function agenciesInContent(catalog: Catalog, assigned: { has(key: string): boolean }): AgencyGroup[] {
  return agenciesWithPlans(catalog).filter((group) => group.plans.length > 0 || assigned.has(group.key));
}

/**
 * Agencies grouped by kind, kinds in the order of the kinds list; kinds without agencies left out.
 * With `assigned`, only the agencies in content (agenciesInContent); without, every agency.
 */
export function agenciesByKind(catalog: Catalog, assigned?: { has(key: string): boolean }): { kind: keyof typeof AGENCY_KINDS; label: string; agencies: AgencyGroup[] }[] {
  const all = assigned ? agenciesInContent(catalog, assigned) : agenciesWithPlans(catalog);
  return (Object.keys(AGENCY_KINDS) as (keyof typeof AGENCY_KINDS)[])
    .map((kind) => ({ kind, label: AGENCY_KINDS[kind], agencies: all.filter((group) => group.agency.kind === kind) }))
    .filter((group) => group.agencies.length > 0);
}

/** The agencies of one province (or of none, for central bodies), in Vietnamese order. */
export function agenciesOfProvince(catalog: Catalog, province: string | null): AgencyGroup[] {
  return agenciesWithPlans(catalog).filter((group) => group.agency.province === province);
}

/** Groups plans by a key, keeping each group's plans in catalog order. */
export function groupPlans<K>(plans: readonly CatalogPlan[], key: (plan: CatalogPlan) => K): Map<K, CatalogPlan[]> {
  const groups = new Map<K, CatalogPlan[]>();
  for (const plan of plans) {
    const k = key(plan);
    const group = groups.get(k);
    if (group) group.push(plan);
    else groups.set(k, [plan]);
  }
  return groups;
}

export const byProvince = (plan: CatalogPlan) => plan.province.key;
export const bySuccessor = (plan: CatalogPlan) => plan.successor.key;
export const byYear = (plan: CatalogPlan) => plan.data.year;
export const byIssuer = (plan: CatalogPlan) => plan.issuer.key;
export const byLevel = (plan: CatalogPlan): PlanLevel => plan.data.level;

/** Every index of the catalog, in the collection's order, with the plans that target it (possibly none), in catalog order. */
export function indicesWithPlans(catalog: Catalog): { index: IndexData; plans: CatalogPlan[] }[] {
  return [...catalog.indices.values()].map((index) => ({ index, plans: catalog.plans.filter((plan) => plan.data.indices.includes(index.id)) }));
}
