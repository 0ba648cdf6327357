/**
 * Route data of the agency-kind pages (/co-quan/loai/<kind>/): every agency of one kind,
 * with where it is, how many duty items and appendix tasks plans give it, and its duties,
 * so that one kind of body can be compared across provinces.
 */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getAssignments, getCatalog } from '../catalog';
import { AGENCY_KINDS, type AgencyKind } from '../../lib/agency-kinds';
import type { DutyRow } from '../../lib/assignments';
import { agenciesByKind, type AgencyGroup } from '../../lib/browse';
import type { Agency } from '../../lib/catalog';
import { unitName } from '../../lib/plan-format';
import { withBase } from '../../lib/urls';

export interface AgencyKindRouteProps {
  kind: AgencyKind;
  agencies: AgencyGroup[];
}

/** A page for every kind that has agencies in content (agenciesInContent: those with a page). */
export async function agencyKindPaths(): Promise<{ params: { kind: AgencyKind }; props: AgencyKindRouteProps }[]> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  return agenciesByKind(catalog, assignments.byAgency).map(({ kind, agencies }) => ({ params: { kind }, props: { kind, agencies } }));
}

export interface AgencyKindPageData {
  label: string;
  crumbs: Crumb[];
  agencies: {
    agency: Agency;
    /** An id for its section: the agency key with its slash as a hyphen. */
    anchor: string;
    /** "tỉnh Hà Tĩnh", or "Trung ương" for a central body. */
    place: string;
    dutyItems: number;
    tasksLed: number;
    duties: DutyRow[];
  }[];
}

export async function agencyKindPageData(kind: AgencyKind, agencies: readonly AgencyGroup[]): Promise<AgencyKindPageData> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  const label = AGENCY_KINDS[kind];
  return {
    label,
    crumbs: [{ label: 'Theo cơ quan', href: withBase('/co-quan/') }, { label }],
    agencies: agencies.map(({ agency }) => {
      const assigned = assignments.byAgency.get(agency.key);
      const province = agency.province ? catalog.units.get(agency.province) : null;
      if (province === undefined) throw new Error(`Agency ${agency.key} names the unknown province "${agency.province}"`);
      return {
        agency,
        anchor: `cq-${agency.key.replace('/', '-')}`,
        place: province ? unitName(province) : 'Trung ương',
        dutyItems: assigned ? assigned.duties.reduce((n, row) => n + row.duty.items.length, 0) : 0,
        tasksLed: assigned?.tasksLed.length ?? 0,
        duties: assigned?.duties ?? [],
      };
    }),
  };
}
