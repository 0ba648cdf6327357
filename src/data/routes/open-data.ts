/**
 * Route data of the open data: the page (/du-lieu/), with how many plans the files hold,
 * an example record and the record's fields with the descriptions the schema itself carries
 * (the same texts the published JSON Schema has), so that the page cannot drift from the
 * files; and the scopes the bulk files are written for.
 *
 * Each bulk file (the catalogue, the plans', tasks' and citations' CSV, the citations' JSON)
 * is written for the whole archive at /du-lieu/<file> and for each year at
 * /du-lieu/nam/<year>/<file>. A year's file is what most readers want, stays a size a
 * spreadsheet opens, and is copied from the last build when none of its plans changed.
 */
import { getCatalog, getRecords } from '../catalog';
import { keyedPaths } from '../page-keys';
import type { CatalogPlan } from '../../lib/catalog';
import { planRecordFields, type PlanRecord } from '../../lib/open-data';

/** The plans one set of bulk files holds. */
export interface OpenDataScope {
  /** The year, or null for the whole archive. */
  year: number | null;
  plans: readonly CatalogPlan[];
  /** The plans' records, records[i] of plans[i]. */
  records: readonly PlanRecord[];
}

/** The whole archive, then each year with plans, newest first; plans in catalog order. */
export async function openDataScopes(): Promise<OpenDataScope[]> {
  const [catalog, records] = await Promise.all([getCatalog(), getRecords()]);
  const years = new Map<number, { plans: CatalogPlan[]; records: PlanRecord[] }>();
  catalog.plans.forEach((plan, i) => {
    let scope = years.get(plan.data.year);
    if (!scope) years.set(plan.data.year, (scope = { plans: [], records: [] }));
    scope.plans.push(plan);
    scope.records.push(records[i]!);
  });
  const byYear = [...years].sort(([a], [b]) => b - a).map(([year, scope]) => ({ year, ...scope }));
  return [{ year: null, plans: catalog.plans, records }, ...byYear];
}

/** The `scope` route parameter: none for the whole archive, `nam/<year>` for a year. */
export function scopeParam(year: number | null): string | undefined {
  return year === null ? undefined : `nam/${year}`;
}

/**
 * The paths of one bulk file, for the archive and each year. A path's key is its plans (by
 * their stand-ins: id and content digest) and their records, so a year none of whose plans
 * changed is copied from the last build.
 */
export async function openDataPaths(file: string): Promise<{ params: { scope: string | undefined }; props: { scope: OpenDataScope }; cacheKey: string }[]> {
  return keyedPaths((await openDataScopes()).map((scope) => ({ params: { scope: scopeParam(scope.year) }, props: { scope }, key: ['open-data', file, scope.year, scope.plans, ...scope.records] })));
}

export interface OpenDataPageData {
  count: number;
  /** The id of the first record, linked as an example of a per-plan file. */
  exampleId: string;
  fields: { name: string; description: string }[];
  /** Each year with plans, newest first, and how many. */
  years: { year: number; count: number }[];
}

export async function openDataPageData(): Promise<OpenDataPageData> {
  const [all, ...years] = await openDataScopes();
  const first = all!.records[0];
  if (!first) throw new Error('The open-data page needs at least one plan');
  return { count: all!.records.length, exampleId: first.id, fields: planRecordFields(), years: years.map((scope) => ({ year: scope.year!, count: scope.plans.length })) };
}
