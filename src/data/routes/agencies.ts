/**
 * Route data of the agency directory (/co-quan/): the agencies that issued plans, with
 * how many, and every agency the content speaks of (agenciesInContent), by kind. An agency
 * of the registry that no plan names is not listed: it has no page to link to.
 */
import type { PageHead } from '../../components/Breadcrumbs.astro';
import { getAssignments, getCatalog } from '../catalog';
import { agenciesByKind, agenciesInContent, type AgencyGroup } from '../../lib/browse';
import type { Unit } from '../../lib/catalog';

export interface AgencyDirectoryData {
  head: PageHead;
  issuers: AgencyGroup[];
  kinds: { kind: string; label: string; agencies: { group: AgencyGroup; province: Unit | null }[] }[];
}

export async function agencyDirectoryData(): Promise<AgencyDirectoryData> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  const unit = (id: string | null) => {
    if (id === null) return null;
    const found = catalog.units.get(id);
    if (!found) throw new Error(`An agency names the unknown unit "${id}"`);
    return found;
  };
  return {
    head: {
      title: 'Kế hoạch theo cơ quan',
      description: 'Các cơ quan ban hành và cơ quan được giao nhiệm vụ trong các kế hoạch tuyên truyền cải cách hành chính.',
      crumbs: [{ label: 'Theo cơ quan' }],
    },
    issuers: agenciesInContent(catalog, assignments.byAgency).filter((group) => group.plans.length > 0),
    kinds: agenciesByKind(catalog, assignments.byAgency).map(({ kind, label, agencies }) => ({
      kind,
      label,
      agencies: agencies.map((group) => ({ group, province: unit(group.agency.province) })),
    })),
  };
}
