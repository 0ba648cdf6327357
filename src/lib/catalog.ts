/**
 * The catalog: every plan joined to its agency and provinces, checked once (the checks
 * are catalog-checks.ts) and sorted (plan-order.ts). Pages read the catalog through
 * src/data/catalog.ts; none of them queries collections itself. Any problem fails the
 * build with a {@link ContentError} listing every problem found.
 */
import type { AgencyData } from './schemas/agency';
import type { PlanData } from './schemas/plan';
import type { ProvinceData } from './schemas/province';
import type { IndexData } from './schemas/index-entry';
import type { Agency, Catalog, CatalogPlan, Entry, Unit } from './catalog-types';
import { ContentError, type ContentProblem } from './content-error';
import { agencyProblems, aliasMap, dateProblems, identityProblems, pathProblems, placeProblems, referenceProblems } from './catalog-checks';
import { comparePlansNewestFirst } from './plan-order';
import { planUrl } from './urls';

export type { Agency, Catalog, CatalogPlan, Entry, Unit } from './catalog-types';
export { planIdentity } from './catalog-checks';

/** Joins and checks the collections; throws a ContentError listing every problem found. */
export function buildCatalog(input: {
  plans: readonly Entry<PlanData>[];
  agencies: readonly Entry<AgencyData>[];
  units: readonly Entry<ProvinceData>[];
  indices: readonly Entry<IndexData>[];
}): Catalog {
  const problems: ContentProblem[] = [];
  const indices = new Map(input.indices.map((entry) => [entry.id, entry.data]));
  const units = new Map<string, Unit>(input.units.map((entry) => [entry.id, { ...entry.data, key: entry.id }]));
  const agencies = new Map<string, Agency>();
  for (const entry of input.agencies) {
    const file = entry.filePath ?? `content/agencies/${entry.id.split('/')[0]}.yaml`;
    problems.push(...agencyProblems(file, entry.data, units));
    agencies.set(entry.id, { ...entry.data, key: entry.id });
  }

  const plans: CatalogPlan[] = [];
  const identities = new Map<string, string>();
  for (const entry of input.plans) {
    const file = entry.filePath ?? `content/plans/${entry.id}.mdx`;
    const plan = entry.data;
    const found = [
      ...placeProblems(file, plan, agencies, units),
      ...referenceProblems(file, plan, agencies, indices),
      ...dateProblems(file, plan),
      ...pathProblems(file, entry.id, plan),
      ...identityProblems(file, entry.id, plan, identities),
    ];
    problems.push(...found);
    const issuer = agencies.get(plan.issuer);
    const province = units.get(plan.province);
    if (found.length > 0 || !issuer || !province || !province.successor) continue;
    const successor = units.get(province.successor);
    if (!successor) {
      problems.push({ file, field: 'province', message: `the successor "${province.successor}" of "${province.key}" is not in the provinces collection` });
      continue;
    }
    const district = plan.district === null ? null : (units.get(plan.district) ?? null);
    plans.push({ id: entry.id, url: planUrl(entry.id), filePath: file, data: plan, issuer, province, successor, district });
  }

  const { aliases, problems: aliasProblems } = aliasMap(plans);
  problems.push(...aliasProblems);
  if (problems.length > 0) throw new ContentError(problems);
  plans.sort(comparePlansNewestFirst);
  return { plans, agencies, units, aliases, indices };
}
