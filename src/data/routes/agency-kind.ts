/**
 * Route data of the agency-kind pages (/co-quan/loai/<kind>/): every agency of one kind,
 * with where it is, how many duty items and appendix tasks plans give it, and its duties,
 * so that one kind of body can be compared across provinces. PAGE_SIZE agencies a page
 * (page 1 at /co-quan/loai/<kind>/, page n at /co-quan/loai/<kind>/trang-<n>/); each shows
 * its first KIND_DUTIES duties (newest plans first), the rest on its own page.
 */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getAssignments, getCatalog } from '../catalog';
import { agencyDutiesUrl } from './agency';
import { AGENCY_DUTIES, KIND_DUTIES, previewDuties } from '../../lib/duty-preview';
import { AGENCY_KINDS, type AgencyKind } from '../../lib/agency-kinds';
import type { DutyRow } from '../../lib/assignments';
import { agenciesByKind, type AgencyGroup } from '../../lib/browse';
import type { Agency } from '../../lib/catalog';
import { pageLabel, pageRange, pagedCrumbs, pagedRoutes, type ListPage } from '../../lib/pagination';
import { unitName } from '../../lib/plan-format';
import { agencyKindUrl, agencyUrl, withBase } from '../../lib/urls';

export interface AgencyKindRouteProps {
  kind: AgencyKind;
  /** Every agency of the kind in content. */
  agencies: AgencyGroup[];
  /** The page of them this route shows. */
  page: ListPage<AgencyGroup>;
}

/** The pages of every kind that has agencies in content (agenciesInContent: those with a page). */
export async function agencyKindPaths(): Promise<{ params: { kind: string }; props: AgencyKindRouteProps }[]> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  return agenciesByKind(catalog, assignments.byAgency).flatMap(({ kind, agencies }) =>
    pagedRoutes(kind, agencies).map(({ param, page }) => ({ params: { kind: param }, props: { kind, agencies, page } })),
  );
}

export interface AgencyKindPageData {
  label: string;
  /** "Mọi Sở Nội vụ", with " — trang 2/5" after page 1. */
  title: string;
  crumbs: Crumb[];
  /** "51–100" when the list has several pages, else null. */
  range: string | null;
  /** The list's URL (page 1), for the pager. */
  base: string;
  /** The agencies of this page. */
  agencies: {
    agency: Agency;
    /** An id for its section: the agency key with its slash as a hyphen. */
    anchor: string;
    /** "tỉnh Hà Tĩnh", or "Trung ương" for a central body. */
    place: string;
    dutyItems: number;
    tasksLed: number;
    /** Its first KIND_DUTIES duties, newest plans first. */
    duties: DutyRow[];
    /** How many of its duties are not shown here, and where they all are (its duty list, or its page's #nhiem-vu when that shows them all), or null when all are shown. */
    moreDuties: { count: number; href: string } | null;
  }[];
}

export async function agencyKindPageData(kind: AgencyKind, page: ListPage<AgencyGroup>): Promise<AgencyKindPageData> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  const label = AGENCY_KINDS[kind];
  const base = agencyKindUrl(kind);
  return {
    label,
    title: `Mọi ${label}${pageLabel(page)}`,
    crumbs: pagedCrumbs([{ label: 'Theo cơ quan', href: withBase('/co-quan/') }, { label }], base, page),
    range: pageRange(page),
    base,
    agencies: page.items.map(({ agency }) => {
      const assigned = assignments.byAgency.get(agency.key);
      const province = agency.province ? catalog.units.get(agency.province) : null;
      if (province === undefined) throw new Error(`Agency ${agency.key} names the unknown province "${agency.province}"`);
      const duties = assigned?.duties ?? [];
      const preview = previewDuties(duties, KIND_DUTIES);
      return {
        agency,
        anchor: `cq-${agency.key.replace('/', '-')}`,
        place: province ? unitName(province) : 'Trung ương',
        dutyItems: duties.reduce((n, row) => n + row.duty.items.length, 0),
        tasksLed: assigned?.tasksLed.length ?? 0,
        duties: preview.shown,
        moreDuties: preview.more > 0 ? { count: preview.more, href: duties.length > AGENCY_DUTIES ? agencyDutiesUrl(agency) : `${agencyUrl(agency)}#nhiem-vu` } : null,
      };
    }),
  };
}
