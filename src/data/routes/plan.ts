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

export interface PlanRouteProps {
  plan: CatalogPlan;
  /** For a former path (alias): the plan's current URL. */
  redirectTo: string | null;
}

/** Every plan at its path, and every alias as a redirect to it. */
export async function planPaths(): Promise<{ params: { id: string }; props: PlanRouteProps }[]> {
  const catalog = await getCatalog();
  return [
    ...catalog.plans.map((plan) => ({ params: { id: plan.id }, props: { plan, redirectTo: null } })),
    ...[...catalog.aliases].map(([alias, plan]) => ({ params: { id: alias }, props: { plan, redirectTo: plan.url } })),
  ];
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
