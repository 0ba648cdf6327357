/**
 * Route data of the calendar pages (/lich/ and /lich/<province>/): dated tasks and report
 * deadlines of every plan (or of one province's), by year (newest first) and date, and the
 * provinces to filter by. PAGE_SIZE entries a page: page 1 at the calendar's URL, page n at
 * <calendar>/trang-<n>/.
 */
import { getAssignments, getCatalog } from '../catalog';
import { keyedPaths } from '../page-keys';
import { timeline, timelineByYear, type TimelineEntry } from '../../lib/assignments';
import { provincesWithPlans } from '../../lib/browse';
import type { Unit } from '../../lib/catalog';
import type { PageHead } from '../../components/Breadcrumbs.astro';
import { unitName, unitTitle } from '../../lib/plan-format';
import { pageLabel, pageRange, pagedCrumbs, pagedRoutes, paginateList, type ListPage } from '../../lib/pagination';
import { calendarUrl, unitUrl, withBase } from '../../lib/urls';

interface OrderedEntries {
  all: TimelineEntry[];
  byProvince: Map<string, TimelineEntry[]>;
}
/** Every entry in the order the calendar shows them (newest year first, each year by date), and by province; once per assignments object (once per build). */
const ordered = new WeakMap<object, OrderedEntries>();
async function calendarEntries(): Promise<OrderedEntries> {
  const assignments = await getAssignments();
  let entries = ordered.get(assignments);
  if (!entries) {
    const all = timelineByYear(timeline(assignments.tasks, assignments.deadlines)).flatMap((year) => year.entries);
    entries = { all, byProvince: Map.groupBy(all, (entry) => entry.plan.province.key) };
    ordered.set(assignments, entries);
  }
  return entries;
}

export interface CalendarRouteProps {
  unit: Unit;
  /** The page of its entries this route shows. */
  page: ListPage<TimelineEntry>;
}

/**
 * A calendar page's cache key parts: what it shows is its page of entries (each with its
 * plan, task row or deadline), the page count, and the provinces it links to as filters.
 */
const calendarKey = (unit: Unit | null, page: ListPage<TimelineEntry>, provinces: readonly Unit[]) => ['calendar', unit?.key ?? null, page, provinces.map((province) => province.key)];

/** The pages of the calendar of every province (as issued) with plans: /lich/<province>/, then trang-<n>/. */
export async function calendarPaths(): Promise<{ params: { province: string }; props: CalendarRouteProps; cacheKey: string }[]> {
  const [catalog, { byProvince }] = await Promise.all([getCatalog(), calendarEntries()]);
  const provinces = provincesWithPlans(catalog).map((group) => group.unit);
  return keyedPaths(
    provinces.flatMap((unit) =>
      pagedRoutes(unit.key, byProvince.get(unit.key) ?? []).map(({ param, page }) => ({ params: { province: param }, props: { unit, page }, key: calendarKey(unit, page, provinces) })),
    ),
  );
}

/** The pages after the first of the calendar of every plan (/lich/trang-<n>/; page 1 is /lich/). */
export async function calendarIndexPaths(): Promise<{ params: { page: string }; props: { page: number }; cacheKey: string }[]> {
  const [catalog, { all }] = await Promise.all([getCatalog(), calendarEntries()]);
  const provinces = provincesWithPlans(catalog).map((group) => group.unit);
  return keyedPaths(
    paginateList(all)
      .slice(1)
      .map((page) => ({ params: { page: String(page.number) }, props: { page: page.number }, key: calendarKey(null, page, provinces) })),
  );
}

export interface CalendarPageData {
  /** How many entries the calendar has in all (every page). */
  total: number;
  /** This page of the entries. */
  page: ListPage<TimelineEntry>;
  /** The page's entries by year, newest first, as the calendar shows them. */
  years: { year: number; entries: TimelineEntry[] }[];
  /** "51–100" when the calendar has several pages, else null. */
  range: string | null;
  /** The calendar's URL (page 1), for the pager. */
  base: string;
  /** The provinces with plans, for the filter links. */
  provinces: Unit[];
  /** The filter links: each province's calendar. */
  filters: { label: string; href: string }[];
  /** The page's title (its heading), description and crumbs. */
  head: PageHead;
  /** For one province's calendar: its name in a sentence and its page. */
  province: { name: string; href: string } | null;
}

/** The calendar of every plan, or of the plans of `unit` (a province as issued): the page given (a page of calendarPaths) or page `number` (default 1). */
export async function calendarPageData(unit: Unit | null = null, which: ListPage<TimelineEntry> | number = 1): Promise<CalendarPageData> {
  const [catalog, { all, byProvince }] = await Promise.all([getCatalog(), calendarEntries()]);
  const provinces = provincesWithPlans(catalog).map((group) => group.unit);
  const shown = unit ? (byProvince.get(unit.key) ?? []) : all;
  const page = typeof which === 'number' ? paginateList(shown)[which - 1] : which;
  if (!page) throw new Error(`The calendar${unit ? ` of ${unit.key}` : ''} has no page ${which as number}`);
  const base = unit ? calendarUrl(unit) : withBase('/lich/');
  const title = unit ? `Lịch nhiệm vụ — ${unitTitle(unit)}` : 'Lịch nhiệm vụ và hạn báo cáo';
  return {
    total: shown.length,
    page,
    years: timelineByYear(page.items),
    range: pageRange(page),
    base,
    provinces,
    filters: provinces.map((p) => ({ label: unitTitle(p), href: calendarUrl(p) })),
    head: unit
      ? {
          title: `${title}${pageLabel(page)}`,
          description: `Nhiệm vụ có thời gian và hạn báo cáo trong các kế hoạch của ${unitName(unit)}.`,
          crumbs: pagedCrumbs([{ label: 'Lịch nhiệm vụ', href: withBase('/lich/') }, { label: unitTitle(unit) }], base, page),
        }
      : {
          title: `${title}${pageLabel(page)}`,
          description: 'Các nhiệm vụ có thời gian và hạn báo cáo trong các kế hoạch tuyên truyền cải cách hành chính, theo năm và quý.',
          crumbs: pagedCrumbs([{ label: 'Lịch nhiệm vụ' }], base, page),
        },
    province: unit ? { name: unitName(unit), href: unitUrl(unit) } : null,
  };
}
