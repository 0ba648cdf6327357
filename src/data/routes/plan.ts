/**
 * Route data of the plan pages (/ke-hoach/<id>/, and the former paths that redirect to
 * them): everything the page, its panels and its search record show, so that the page
 * lays it out and its components only render props. As Starlight's route data
 * (utils/routing/data.ts): the route owns `getStaticPaths`, this module owns the data.
 */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getAssignments, getCatalog, getCitationIndex } from '../catalog';
import { planAssignments, type PlanAssignments } from '../../lib/assignments';
import type { CatalogPlan } from '../../lib/catalog';
import { planRelations, type PlanRelations } from '../../lib/citation-index';
import { planFacts, type PlanFacts } from '../../lib/plan-facts';
import { planJsonLd } from '../../lib/plan-json-ld';
import { fullTitle, headerNumber, letterheadLines, numberLabel, placeDateLine, planCrumbLabel, unitTitle } from '../../lib/plan-format';
import { searchRecord, type SearchRecord } from '../../lib/search/record';
import { agencyUrl, unitUrl } from '../../lib/urls';
import { planLocator, type LocatorFigure } from './locator';
import { bodyKey, pageKey } from '../page-keys';

export interface PlanRouteProps {
  plan: CatalogPlan;
  /** For a former path (alias): the plan's current URL. */
  redirectTo: string | null;
  /** Everything the page shows but the body: computed with the paths, it is also the page's cache key. */
  data: PlanPageData;
}

/**
 * Every plan at its path, and every alias as a redirect to it. Each path's cache key
 * (Astro's incremental build: an unchanged page is copied from the last build) is the
 * digest of the page's data, of the plan's entry and of its body's content digest, so that
 * a plan's page is rendered again when anything it shows changed, and only then.
 */
export async function planPaths(site: URL | undefined): Promise<{ params: { id: string }; props: PlanRouteProps; cacheKey: string }[]> {
  const catalog = await getCatalog();
  const paths: { params: { id: string }; props: PlanRouteProps; cacheKey: string }[] = [];
  const route = async (id: string, plan: CatalogPlan, redirectTo: string | null) => {
    const data = await planPageData(plan, site);
    paths.push({ params: { id }, props: { plan, redirectTo, data }, cacheKey: await pageKey(plan, redirectTo, await bodyKey(plan.id), data) });
  };
  for (const plan of catalog.plans) await route(plan.id, plan, null);
  for (const [alias, plan] of catalog.aliases) await route(alias, plan, plan.url);
  return paths;
}

export interface PlanPageData {
  title: string;
  description: string;
  crumbs: Crumb[];
  jsonLd: Record<string, unknown>;
  /** The letterhead lines, and whether the source has them (else they follow the standard layout). */
  letterhead: { lines: string[]; fromSource: boolean };
  /** What follows "Số:" in the header. */
  headerNumber: string;
  placeDate: string | null;
  record: SearchRecord;
  relations: PlanRelations;
  facts: PlanFacts;
  assignments: PlanAssignments;
  /** A district or commune plan's province on the map. */
  locator: LocatorFigure | null;
}

/** The data of one plan page; `site` is the public address (Astro.site). */
export async function planPageData(plan: CatalogPlan, site: URL | undefined): Promise<PlanPageData> {
  const [catalog, citationIndex, assignments] = await Promise.all([getCatalog(), getCitationIndex(), getAssignments()]);
  const relations = planRelations(citationIndex, plan);
  const title = fullTitle(plan);
  return {
    title,
    description: `${title}. ${plan.issuer.name}, ${numberLabel(plan)}.`,
    crumbs: [
      { label: unitTitle(plan.province), href: unitUrl(plan.province) },
      { label: plan.issuer.name, href: agencyUrl(plan.issuer) },
      { label: planCrumbLabel(plan) },
    ],
    jsonLd: planJsonLd(plan, site),
    letterhead: letterheadLines(plan),
    headerNumber: headerNumber(plan),
    placeDate: placeDateLine(plan),
    record: searchRecord(plan, relations, catalog.indices),
    relations,
    facts: planFacts(plan, citationIndex, catalog.indices),
    assignments: planAssignments(assignments, plan),
    locator: planLocator(plan),
  };
}
