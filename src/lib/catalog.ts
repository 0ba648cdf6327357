/**
 * The catalog: every plan joined to its agency and provinces, checked once and grouped
 * for the pages. Pages read the catalog; none of them queries collections itself.
 *
 * Checks that need several collections live here, because Astro only logs a reference
 * to a missing entry: an unknown agency, province or district, a plan whose file path is
 * not its identity, and two plans with one identity all fail the build with a
 * {@link ContentError} naming the file and the field.
 */
import type { AgencyData } from './schemas/agency';
import type { PlanData } from './schemas/plan';
import type { ProvinceData } from './schemas/province';
import type { IndexData } from './schemas/index-entry';
import { ContentError, type ContentProblem } from './content-error';
import { comparePartialDates, type PartialDate } from './dates';
import { documentNumberSlug } from './document-number';
import { compareVi } from './collate';
import { SLUG_PATTERN } from './slug';
import type { PlanLevel } from './levels';

export interface Entry<T> {
  id: string;
  data: T;
  /** Path of the source file relative to the project root, for error messages. */
  filePath?: string | undefined;
}

export interface Agency extends AgencyData {
  /** Collection id: "quang-tri/so-noi-vu". */
  key: string;
}

export interface Unit extends ProvinceData {
  /** Collection id: "quang-tri", "quang-tri-2025", "ha-tinh/huyen-ky-anh". */
  key: string;
}

export interface CatalogPlan {
  /** Collection id, also the path under /ke-hoach/: "ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd". */
  id: string;
  /** Public URL: "/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/". */
  url: string;
  filePath: string;
  data: PlanData;
  issuer: Agency;
  /** Province as issued (pre-2025 unit). */
  province: Unit;
  /** The province's 2025 successor. */
  successor: Unit;
  district: Unit | null;
}

export interface Catalog {
  /** All plans, newest first (by issue date, then plan year), ties in Vietnamese title order. */
  plans: CatalogPlan[];
  agencies: Map<string, Agency>;
  units: Map<string, Unit>;
  /** Former plan paths (aliases) → current plan. */
  aliases: Map<string, CatalogPlan>;
  /** The indices plans target, in the collection's order. */
  indices: Map<string, IndexData>;
}

/** Where a plan lives: /ke-hoach/<id>/. */
export function planUrl(id: string): string {
  return `/ke-hoach/${id}/`;
}

/**
 * The date a plan sorts by: its issue date, or the first day of its plan year when
 * the source gives no date (an undated draft for 2022 sorts with early 2022).
 */
export function planSortDate(plan: PlanData): PartialDate {
  return plan.date ?? { year: plan.year, month: null, day: null };
}

/** Newest first; ties in Vietnamese order of the title. */
export function comparePlansNewestFirst(a: CatalogPlan, b: CatalogPlan): number {
  return (
    comparePartialDates(planSortDate(b.data), planSortDate(a.data)) ||
    b.data.year - a.data.year ||
    compareVi(a.data.title, b.data.title) ||
    a.id.localeCompare(b.id)
  );
}

/** The identity that no two plans may share: issuer, year of issue and number; or the path for an unnumbered plan. */
export function planIdentity(id: string, plan: PlanData): string {
  if (plan.number === null) return `path:${id}`;
  const issueYear = plan.date?.year ?? plan.year;
  return `number:${plan.issuer}|${issueYear}|${plan.number}`;
}

/** Joins and checks the three collections; throws a ContentError listing every problem found. */
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
    const agency: Agency = { ...entry.data, key: entry.id };
    if (agency.province !== null) {
      const province = units.get(agency.province);
      if (!province || province.tier !== 'province' || province.era !== 'pre-2025') {
        problems.push({ file, field: `${entry.data.id}.province`, message: `unknown province "${agency.province}": name the file after a pre-2025 province id such as "quang-tri"` });
      }
    }
    if (agency.district !== null) {
      const district = units.get(agency.district);
      if (!district || district.tier !== 'district' || district.parent !== agency.province) {
        problems.push({ file, field: `${entry.data.id}.district`, message: `unknown district "${agency.district}": expected a district of ${agency.province} listed in content/provinces/districts.yaml` });
      }
    }
    agencies.set(entry.id, agency);
  }

  const plans: CatalogPlan[] = [];
  const identities = new Map<string, string>();
  for (const entry of input.plans) {
    const file = entry.filePath ?? `content/plans/${entry.id}.mdx`;
    const plan = entry.data;
    const before = problems.length;
    const issuer = agencies.get(plan.issuer);
    if (!issuer) {
      problems.push({ file, field: 'issuer', message: `unknown agency "${plan.issuer}": expected an id of content/agencies/<province>.yaml, written "<province>/<id>"` });
    }
    const province = units.get(plan.province);
    if (!province || province.tier !== 'province' || province.era !== 'pre-2025') {
      problems.push({ file, field: 'province', message: `unknown province "${plan.province}": expected the id of a province as it was when the plan was issued (pre-2025), such as "quang-tri"` });
    }
    let district: Unit | null = null;
    if (plan.district !== null) {
      district = units.get(plan.district) ?? null;
      if (!district || district.tier !== 'district' || district.parent !== plan.province) {
        problems.push({ file, field: 'district', message: `unknown district "${plan.district}": expected a district of "${plan.province}" listed in content/provinces/districts.yaml` });
        district = null;
      }
    }
    if (issuer) {
      if (issuer.province !== plan.province) {
        problems.push({ file, field: 'province', message: `"${plan.province}" differs from the issuer's province "${issuer.province}"` });
      }
      if (issuer.level !== plan.level) {
        problems.push({ file, field: 'level', message: `"${plan.level}" differs from the issuer's level "${issuer.level}"` });
      }
      if (plan.district !== null && issuer.district !== plan.district) {
        problems.push({ file, field: 'district', message: `"${plan.district}" differs from the issuer's district "${issuer.district}"` });
      }
    }
    plan.indices.forEach((id, i) => {
      if (!indices.has(id)) {
        problems.push({ file, field: `indices.${i}`, message: `unknown index "${id}": expected one of ${[...indices.keys()].join(', ')} (content/indices.yaml)` });
      }
    });
    plan.duties.forEach((duty, i) => {
      if (duty.agency !== null && !agencies.has(duty.agency)) {
        problems.push({ file, field: `duties.${i}.agency`, message: `unknown agency "${duty.agency}": expected an id of content/agencies/<province>.yaml, or null for a group` });
      }
    });
    if (plan.date !== null && Math.abs(plan.date.year - plan.year) > 1) {
      problems.push({ file, field: 'date', message: `issued in ${plan.date.year} for year ${plan.year}: expected the issue year to be the plan year or the year before` });
    }
    // The file path is the plan's public URL, derived from its identity.
    const segments = entry.id.split('/');
    const lastSegment = segments.at(-1) ?? '';
    const expectedPrefix = `${plan.issuer}/${plan.year}/`;
    const expectedLast = plan.number === null ? null : documentNumberSlug(plan.number);
    if (!entry.id.startsWith(expectedPrefix) || segments.length !== 4 || (expectedLast !== null && lastSegment !== expectedLast) || !SLUG_PATTERN.test(lastSegment)) {
      const expected = `${expectedPrefix}${expectedLast ?? '<slug>'}.mdx`;
      problems.push({
        file,
        field: '',
        message: `the file must be content/plans/${expected} (issuer/year/${expectedLast === null ? 'a slug of your choice for an unnumbered plan' : 'number'}): a plan's path is its public URL; when renaming, list the old path under aliases`,
      });
    }
    const identity = planIdentity(entry.id, plan);
    const other = identities.get(identity);
    if (other !== undefined) {
      problems.push({ file, field: 'number', message: `same identity as ${other} (issuer ${plan.issuer}, number ${plan.number}, issued ${plan.date?.year ?? plan.year}): a document number is unique for an issuer within a year` });
    }
    identities.set(identity, file);
    if (problems.length > before || !issuer || !province || !province.successor) continue;
    const successor = units.get(province.successor);
    if (!successor) {
      problems.push({ file, field: 'province', message: `the successor "${province.successor}" of "${province.key}" is not in the provinces collection` });
      continue;
    }
    plans.push({ id: entry.id, url: planUrl(entry.id), filePath: file, data: plan, issuer, province, successor, district });
  }

  const aliases = new Map<string, CatalogPlan>();
  const ids = new Set(plans.map((plan) => plan.id));
  for (const plan of plans) {
    for (const alias of plan.data.aliases) {
      if (ids.has(alias) || aliases.has(alias)) {
        problems.push({ file: plan.filePath, field: 'aliases', message: `"${alias}" is already the path or alias of another plan` });
      }
      aliases.set(alias, plan);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  plans.sort(comparePlansNewestFirst);
  return { plans, agencies, units, aliases, indices };
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
