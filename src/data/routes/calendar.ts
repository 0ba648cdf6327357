/**
 * Route data of the calendar pages (/lich/ and /lich/<province>/): dated tasks and report
 * deadlines of every plan (or of one province's), by date, and the provinces to filter by.
 */
import { getAssignments, getCatalog } from '../catalog';
import { timeline, timelineByYear, type TimelineEntry } from '../../lib/assignments';
import { provincesWithPlans } from '../../lib/browse';
import type { Unit } from '../../lib/catalog';
import type { PageHead } from '../../components/Breadcrumbs.astro';
import { unitName, unitTitle } from '../../lib/plan-format';
import { calendarUrl, unitUrl, withBase } from '../../lib/urls';

/** A calendar page for every province (as issued) with plans. */
export async function calendarPaths(): Promise<{ params: { province: string }; props: { unit: Unit } }[]> {
  return provincesWithPlans(await getCatalog()).map(({ unit }) => ({ params: { province: unit.key }, props: { unit } }));
}

export interface CalendarPageData {
  entries: TimelineEntry[];
  /** The same entries by year, newest first, as the calendar shows them. */
  years: { year: number; entries: TimelineEntry[] }[];
  /** The provinces with plans, for the filter links. */
  provinces: Unit[];
  /** The filter links: each province's calendar. */
  filters: { label: string; href: string }[];
  /** The page's title (its heading), description and crumbs. */
  head: PageHead;
  /** For one province's calendar: its name in a sentence and its page. */
  province: { name: string; href: string } | null;
}

/** The calendar of every plan, or of the plans of `unit` (a province as issued). */
export async function calendarPageData(unit: Unit | null = null): Promise<CalendarPageData> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  const entries = timeline(assignments.tasks, assignments.deadlines);
  const provinces = provincesWithPlans(catalog).map((group) => group.unit);
  const shown = unit ? entries.filter((entry) => entry.plan.province.key === unit.key) : entries;
  return {
    entries: shown,
    years: timelineByYear(shown),
    provinces,
    filters: provinces.map((p) => ({ label: unitTitle(p), href: calendarUrl(p) })),
    head: unit
      ? {
          title: `Lịch nhiệm vụ — ${unitTitle(unit)}`,
          description: `Nhiệm vụ có thời gian và hạn báo cáo trong các kế hoạch của ${unitName(unit)}.`,
          crumbs: [{ label: 'Lịch nhiệm vụ', href: withBase('/lich/') }, { label: unitTitle(unit) }],
        }
      : {
          title: 'Lịch nhiệm vụ và hạn báo cáo',
          description: 'Các nhiệm vụ có thời gian và hạn báo cáo trong các kế hoạch tuyên truyền cải cách hành chính, theo năm và quý.',
          crumbs: [{ label: 'Lịch nhiệm vụ' }],
        },
    province: unit ? { name: unitName(unit), href: unitUrl(unit) } : null,
  };
}
