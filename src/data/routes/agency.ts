/**
 * Route data of the agency pages (/co-quan/<province>/<agency>/): the agency's place,
 * its plans, and the duties and appendix tasks plans give it, tasks by period. The page
 * shows its first AGENCY_DUTIES duties (newest plans first); when there are more, all of
 * them are listed PAGE_SIZE a page at /co-quan/<id>/nhiem-vu/ (page n at nhiem-vu/trang-<n>/).
 * Its appendix tasks likewise: the page shows those of its latest plan years, at most
 * AGENCY_TIMELINE_LIMIT of each role (recentTasks: the same tasks its timeline draws, so the
 * table is the image's text alternative); with more, all of them, by period, PAGE_SIZE a page
 * at /co-quan/<id>/chu-tri/ (tasks it leads) and /co-quan/<id>/phoi-hop/ (tasks it partners on).
 */
import { keyedPaths, pageKey } from '../page-keys';
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getAssignments, getCatalog } from '../catalog';
import { byPeriod, type DutyRow, type TaskRow } from '../../lib/assignments';
import { recentTasks } from '../../lib/charts/plan-gantt';
import { agenciesInContent, type AgencyGroup } from '../../lib/browse';
import type { Agency, CatalogPlan, Unit } from '../../lib/catalog';
import { AGENCY_DUTIES, previewDuties } from '../../lib/duty-preview';
import { pageLabel, pageRange, pagedCrumbs, pagedParam, paginateList, type ListPage } from '../../lib/pagination';
import { agencyUrl, withBase } from '../../lib/urls';
import { embedList, type EmbedList } from '../../lib/embed-list';
import { feedPlans } from '../../lib/feed-items';

/** The list of every duty given to an agency: /co-quan/<id>/nhiem-vu/. */
export function agencyDutiesUrl(agency: { key: string }): string {
  return `${agencyUrl(agency)}nhiem-vu/`;
}

/** The two roles an agency has in appendix tasks, as URL segments: it leads the task, or partners on it. */
export type TaskRole = 'chu-tri' | 'phoi-hop';

/** The list of every appendix task an agency leads (/co-quan/<id>/chu-tri/) or partners on (/co-quan/<id>/phoi-hop/). */
export function agencyTasksUrl(agency: { key: string }, role: TaskRole): string {
  return `${agencyUrl(agency)}${role}/`;
}

export interface AgencyRouteProps {
  agency: Agency;
  plans: CatalogPlan[];
  /** The page of its plans this route shows (PAGE_SIZE a page). */
  page: ListPage<CatalogPlan>;
  /** The rest of what the page shows (agencyPageData), computed with the paths: it is also the page's cache key. */
  data: AgencyPageData;
}

/**
 * A page for every agency the content speaks of (it issued a plan, or a plan gives it a
 * duty or an appendix task: agenciesInContent), with the plans it issued (possibly none),
 * PAGE_SIZE a page: page 1 at /co-quan/<id>/, page n at /co-quan/<id>/trang-<n>/.
 */
export async function agencyPaths(): Promise<{ params: { id: string }; props: AgencyRouteProps; cacheKey: string }[]> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  const paths: { params: { id: string }; props: AgencyRouteProps; cacheKey: string }[] = [];
  for (const { agency, plans } of agenciesInContent(catalog, assignments.byAgency)) {
    for (const page of paginateList(plans)) {
      const data = await agencyPageData(agency, page);
      // Its key (src/data/page-keys.ts): the agency, its plans (how many the page counts), this page of them and the page's data.
      paths.push({ params: { id: pagedParam(agency.key, page.number) }, props: { agency, plans, page, data }, cacheKey: await pageKey(agency, plans, page, data) });
    }
  }
  return paths;
}

/**
 * The embeddable list (/nhung/co-quan/<id>/) and the feed (/co-quan/<id>/feed.xml) of
 * every agency that issued a plan: a list of nothing to embed or follow would be waste.
 */
export async function agencyListPaths(): Promise<{ params: { id: string }; props: { group: AgencyGroup } }[]> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  return agenciesInContent(catalog, assignments.byAgency)
    .filter((group) => group.plans.length > 0)
    .map((group) => ({ params: { id: group.agency.key }, props: { group } }));
}

/** What an agency's embeddable list shows: the agency and its newest plans (embed-list.ts). */
export interface AgencyEmbedProps {
  agency: Agency;
  list: EmbedList<CatalogPlan>;
}

/**
 * The embeddable list of every agency that issued a plan (/nhung/co-quan/<id>/). Its key
 * is what it shows: the agency, its EMBED_PLANS newest plans and their count, so that an
 * embed is rendered again only when a plan it lists (or the count) changes.
 */
export async function agencyEmbedPaths(): Promise<{ params: { id: string }; props: AgencyEmbedProps; cacheKey: string }[]> {
  return keyedPaths(
    (await agencyListPaths()).map(({ params, props: { group } }) => {
      const list = embedList(group.plans);
      return { params, props: { agency: group.agency, list }, key: ['embed', group.agency, list] };
    }),
  );
}

/** What an agency's feed holds: the agency and its FEED_ITEMS newest plans (feed-items.ts). */
export interface AgencyFeedProps {
  agency: Agency;
  plans: CatalogPlan[];
}

/** The feed of every agency that issued a plan (/co-quan/<id>/feed.xml), keyed by the agency and the plans it holds. */
export async function agencyFeedPaths(): Promise<{ params: { id: string }; props: AgencyFeedProps; cacheKey: string }[]> {
  return keyedPaths(
    (await agencyListPaths()).map(({ params, props: { group } }) => {
      const plans = feedPlans(group.plans);
      return { params, props: { agency: group.agency, plans }, key: ['feed', group.agency, plans] };
    }),
  );
}

export interface AgencyPageData {
  crumbs: Crumb[];
  province: Unit | null;
  district: Unit | null;
  /** Its first AGENCY_DUTIES duties, newest plans first. */
  duties: DutyRow[];
  /** When it has more: how many duties in all and the list of them all; else null. */
  allDuties: { count: number; href: string } | null;
  /** How many duty items the plans give it, over all its duties. */
  dutyItems: number;
  /** The tasks it leads of its latest plan years (at most AGENCY_TIMELINE_LIMIT, by period): the tasks its timeline draws. */
  tasksLed: TaskRow[];
  /** The first and last plan years of the tasks shown (the span of their chart), or null when it leads none. */
  ledYears: { first: number; last: number } | null;
  /** The tasks it partners on of its latest plan years (at most AGENCY_TIMELINE_LIMIT, by period). */
  tasksPartnered: TaskRow[];
  /** How many tasks it leads and partners on in all, and, when the page does not show them all, the list of them all (else null). */
  allTasksLed: { count: number; href: string | null };
  allTasksPartnered: { count: number; href: string | null };
}

/** The first and last plan years of some task rows, or null for none. */
function planYearSpan(rows: readonly TaskRow[]): { first: number; last: number } | null {
  if (rows.length === 0) return null;
  const years = rows.map((row) => row.plan.data.year);
  return { first: Math.min(...years), last: Math.max(...years) };
}

export async function agencyPageData(agency: Agency, page?: ListPage<CatalogPlan>): Promise<AgencyPageData> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  const unit = (id: string | null) => {
    if (id === null) return null;
    const found = catalog.units.get(id);
    if (!found) throw new Error(`Agency ${agency.key} names the unknown unit "${id}"`);
    return found;
  };
  const assigned = assignments.byAgency.get(agency.key) ?? { duties: [], tasksLed: [], tasksPartnered: [] };
  const preview = previewDuties(assigned.duties, AGENCY_DUTIES);
  const shownTasks = (rows: readonly TaskRow[]) => (rows.length === 0 ? { rows: [], omitted: 0 } : recentTasks(byPeriod(rows)));
  const led = shownTasks(assigned.tasksLed);
  const partnered = shownTasks(assigned.tasksPartnered);
  return {
    crumbs: [
      { label: 'Theo cơ quan', href: withBase('/co-quan/') },
      ...(!page || page.number === 1 ? [{ label: agency.name }] : [{ label: agency.name, href: agencyUrl(agency) }, { label: `Trang ${page.number}` }]),
    ],
    province: unit(agency.province),
    district: unit(agency.district),
    duties: preview.shown,
    allDuties: preview.more > 0 ? { count: assigned.duties.length, href: agencyDutiesUrl(agency) } : null,
    dutyItems: assigned.duties.reduce((n, row) => n + row.duty.items.length, 0),
    tasksLed: led.rows,
    ledYears: planYearSpan(led.rows),
    tasksPartnered: partnered.rows,
    allTasksLed: { count: assigned.tasksLed.length, href: led.omitted > 0 ? agencyTasksUrl(agency, 'chu-tri') : null },
    allTasksPartnered: { count: assigned.tasksPartnered.length, href: partnered.omitted > 0 ? agencyTasksUrl(agency, 'phoi-hop') : null },
  };
}

export interface AgencyDutiesRouteProps {
  agency: Agency;
  page: ListPage<DutyRow>;
}

/** The duty lists of the agencies with more than AGENCY_DUTIES duties: page 1 (`page` null) at nhiem-vu/, page n at nhiem-vu/trang-<n>/. */
export async function agencyDutiesPaths(): Promise<{ params: { id: string; page: string | undefined }; props: AgencyDutiesRouteProps; cacheKey: string }[]> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  const paths: { params: { id: string; page: string | undefined }; props: AgencyDutiesRouteProps; cacheKey: string }[] = [];
  for (const { agency } of agenciesInContent(catalog, assignments.byAgency)) {
    const duties = assignments.byAgency.get(agency.key)?.duties ?? [];
    if (duties.length <= AGENCY_DUTIES) continue;
    // Its key: the agency and this page of its duties (agencyDutiesPageData derives the rest from them).
    for (const page of paginateList(duties)) {
      paths.push({ params: { id: agency.key, page: page.number === 1 ? undefined : `trang-${page.number}` }, props: { agency, page }, cacheKey: await pageKey('duties', agency, page) });
    }
  }
  return paths;
}

export interface AgencyDutiesPageData {
  /** "Nhiệm vụ được giao cho Sở Nội vụ tỉnh Quảng Trị", with " — trang 2/5" after page 1. */
  title: string;
  crumbs: Crumb[];
  /** "51–100" when the list has several pages, else null. */
  range: string | null;
  /** The list's URL (page 1), for the pager. */
  base: string;
}

export function agencyDutiesPageData({ agency, page }: AgencyDutiesRouteProps): AgencyDutiesPageData {
  const base = agencyDutiesUrl(agency);
  return {
    title: `Nhiệm vụ được giao cho ${agency.name}${pageLabel(page)}`,
    crumbs: pagedCrumbs([{ label: 'Theo cơ quan', href: withBase('/co-quan/') }, { label: agency.name, href: agencyUrl(agency) }, { label: 'Nhiệm vụ được giao' }], base, page),
    range: pageRange(page),
    base,
  };
}

export interface AgencyTasksRouteProps {
  agency: Agency;
  role: TaskRole;
  page: ListPage<TaskRow>;
}

/** The task lists (by period) of the agencies whose page does not show every task of that role: page 1 (`page` undefined) at <role>/, page n at <role>/trang-<n>/. */
export async function agencyTasksPaths(role: TaskRole): Promise<{ params: { id: string; page: string | undefined }; props: AgencyTasksRouteProps; cacheKey: string }[]> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  const paths: { params: { id: string; page: string | undefined }; props: AgencyTasksRouteProps; cacheKey: string }[] = [];
  for (const { agency } of agenciesInContent(catalog, assignments.byAgency)) {
    const assigned = assignments.byAgency.get(agency.key);
    const rows = (role === 'chu-tri' ? assigned?.tasksLed : assigned?.tasksPartnered) ?? [];
    if (rows.length === 0 || recentTasks(rows).omitted === 0) continue;
    // Its key: the agency, the role and this page of its tasks (agencyTasksPageData derives the rest from them).
    for (const page of paginateList(byPeriod(rows))) {
      paths.push({ params: { id: agency.key, page: page.number === 1 ? undefined : `trang-${page.number}` }, props: { agency, role, page }, cacheKey: await pageKey('tasks', agency, role, page) });
    }
  }
  return paths;
}

export interface AgencyTasksPageData {
  /** "Nhiệm vụ trong phụ lục do Sở Nội vụ tỉnh Bến Tre chủ trì" (or "… Sở Nội vụ tỉnh Bến Tre phối hợp thực hiện"), with " — trang 2/5" after page 1. */
  title: string;
  /** The task table's caption. */
  caption: string;
  crumbs: Crumb[];
  /** "51–100" when the list has several pages, else null. */
  range: string | null;
  /** The list's URL (page 1), for the pager. */
  base: string;
}

const ROLE_LABELS: Record<TaskRole, { crumb: string; title: (name: string) => string; caption: string }> = {
  'chu-tri': { crumb: 'Nhiệm vụ chủ trì', title: (name) => `Nhiệm vụ trong phụ lục do ${name} chủ trì`, caption: 'Nhiệm vụ chủ trì, theo thời gian' },
  'phoi-hop': { crumb: 'Nhiệm vụ phối hợp', title: (name) => `Nhiệm vụ trong phụ lục ${name} phối hợp thực hiện`, caption: 'Nhiệm vụ phối hợp, theo thời gian' },
};

export function agencyTasksPageData({ agency, role, page }: AgencyTasksRouteProps): AgencyTasksPageData {
  const base = agencyTasksUrl(agency, role);
  const labels = ROLE_LABELS[role];
  return {
    title: `${labels.title(agency.name)}${pageLabel(page)}`,
    caption: labels.caption,
    crumbs: pagedCrumbs([{ label: 'Theo cơ quan', href: withBase('/co-quan/') }, { label: agency.name, href: agencyUrl(agency) }, { label: labels.crumb }], base, page),
    range: pageRange(page),
    base,
  };
}
