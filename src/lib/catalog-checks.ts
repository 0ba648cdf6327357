/**
 * The checks that need several collections, because Astro only logs a reference to a
 * missing entry: an unknown agency, province, district or index, a plan that disagrees
 * with its issuer, a path that is not the plan's identity, two plans with one identity,
 * an alias taken twice. Each returns the problems it finds, naming the file and the
 * field and saying what is expected; the catalog builder gathers them all.
 */
import type { AgencyData } from './schemas/agency';
import type { PlanData } from './schemas/plan';
import type { IndexData } from './schemas/index-entry';
import type { Agency, CatalogPlan, Unit } from './catalog-types';
import type { ContentProblem } from './content-error';
import { documentNumberSlug } from './document-number';
import { SLUG_PATTERN } from './slug';

const isPre2025Province = (unit: Unit | undefined): unit is Unit => !!unit && unit.tier === 'province' && unit.era === 'pre-2025';

/** An agency's province and district exist and fit together. */
export function agencyProblems(file: string, agency: AgencyData, units: ReadonlyMap<string, Unit>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (agency.province !== null && !isPre2025Province(units.get(agency.province))) {
    problems.push({ file, field: `${agency.id}.province`, message: `unknown province "${agency.province}": name the file after a pre-2025 province id such as "quang-tri"` });
  }
  if (agency.district !== null) {
    const district = units.get(agency.district);
    if (!district || district.tier !== 'district' || district.parent !== agency.province) {
      problems.push({ file, field: `${agency.id}.district`, message: `unknown district "${agency.district}": expected a district of ${agency.province} listed in content/provinces/districts.yaml` });
    }
  }
  return problems;
}

/** The plan's issuer, province and district exist, and the plan agrees with its issuer on them and on the level. */
export function placeProblems(file: string, plan: PlanData, agencies: ReadonlyMap<string, Agency>, units: ReadonlyMap<string, Unit>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const issuer = agencies.get(plan.issuer);
  if (!issuer) {
    problems.push({ file, field: 'issuer', message: `unknown agency "${plan.issuer}": expected an id of content/agencies/<province>.yaml, written "<province>/<id>"` });
  }
  if (!isPre2025Province(units.get(plan.province))) {
    problems.push({ file, field: 'province', message: `unknown province "${plan.province}": expected the id of a province as it was when the plan was issued (pre-2025), such as "quang-tri"` });
  }
  if (plan.district !== null) {
    const district = units.get(plan.district);
    if (!district || district.tier !== 'district' || district.parent !== plan.province) {
      problems.push({ file, field: 'district', message: `unknown district "${plan.district}": expected a district of "${plan.province}" listed in content/provinces/districts.yaml` });
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
  return problems;
}

/** Every index the plan targets and every agency its duties name exist. */
export function referenceProblems(file: string, plan: PlanData, agencies: ReadonlyMap<string, Agency>, indices: ReadonlyMap<string, IndexData>): ContentProblem[] {
  const problems: ContentProblem[] = [];
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
  return problems;
}

/** The issue year is the plan year or the year before. */
export function dateProblems(file: string, plan: PlanData): ContentProblem[] {
  if (plan.date !== null && Math.abs(plan.date.year - plan.year) > 1) {
    return [{ file, field: 'date', message: `issued in ${plan.date.year} for year ${plan.year}: expected the issue year to be the plan year or the year before` }];
  }
  return [];
}

/** The file path is the plan's public URL, derived from its identity: issuer/year/number (or a slug when unnumbered). */
export function pathProblems(file: string, id: string, plan: PlanData): ContentProblem[] {
  const segments = id.split('/');
  const lastSegment = segments.at(-1) ?? '';
  const expectedPrefix = `${plan.issuer}/${plan.year}/`;
  const expectedLast = plan.number === null ? null : documentNumberSlug(plan.number);
  if (id.startsWith(expectedPrefix) && segments.length === 4 && (expectedLast === null || lastSegment === expectedLast) && SLUG_PATTERN.test(lastSegment)) return [];
  const expected = `${expectedPrefix}${expectedLast ?? '<slug>'}.mdx`;
  return [
    {
      file,
      field: '',
      message: `the file must be content/plans/${expected} (issuer/year/${expectedLast === null ? 'a slug of your choice for an unnumbered plan' : 'number'}): a plan's path is its public URL; when renaming, list the old path under aliases`,
    },
  ];
}

/** The identity that no two plans may share: issuer, year of issue and number; or the path for an unnumbered plan. */
export function planIdentity(id: string, plan: PlanData): string {
  if (plan.number === null) return `path:${id}`;
  const issueYear = plan.date?.year ?? plan.year;
  return `number:${plan.issuer}|${issueYear}|${plan.number}`;
}

/** A second plan with an identity already seen (`seen` maps identities to the first file; this call records the plan). */
export function identityProblems(file: string, id: string, plan: PlanData, seen: Map<string, string>): ContentProblem[] {
  const identity = planIdentity(id, plan);
  const other = seen.get(identity);
  seen.set(identity, file);
  if (other === undefined) return [];
  return [
    {
      file,
      field: 'number',
      message: `same identity as ${other} (issuer ${plan.issuer}, number ${plan.number}, issued ${plan.date?.year ?? plan.year}): a document number is unique for an issuer within a year`,
    },
  ];
}

/** Former paths, each the alias of one plan and no plan's path; returns the alias map and the problems. */
export function aliasMap(plans: readonly CatalogPlan[]): { aliases: Map<string, CatalogPlan>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
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
  return { aliases, problems };
}
