/**
 * Route data of the agency directory (/co-quan/): the agencies that issued plans, with how
 * many, PAGE_SIZE a page (page 1 at /co-quan/, page n at /co-quan/trang-<n>/), and on page 1
 * the kinds of agency, each with how many agencies the content speaks of (agenciesInContent)
 * and a link to its page (/co-quan/loai/<kind>/), which lists them. An agency of the
 * registry that no plan names is not counted: it has no page to link to.
 */
import type { PageHead } from '../../components/Breadcrumbs.astro';
import { getAssignments, getCatalog } from '../catalog';
import { agenciesByKind, agenciesInContent, type AgencyGroup } from '../../lib/browse';
import { pageLabel, pageRange, pagedCrumbs, paginateList, type ListPage } from '../../lib/pagination';
import { agencyKindUrl, withBase } from '../../lib/urls';

export interface AgencyDirectoryData {
  head: PageHead;
  /** This page of the agencies that issued plans, in Vietnamese order. */
  issuers: ListPage<AgencyGroup>;
  /** "51–100" when the list has several pages, else null. */
  range: string | null;
  /** The directory's URL (page 1), for the pager. */
  base: string;
  /** On page 1, every kind with agencies in content: its label, how many, its page; after, none. */
  kinds: { kind: string; label: string; count: number; href: string }[];
}

/** The agencies that issued plans, once per assignments object (once per build): every page of the directory reads them. */
const issuers = new WeakMap<object, AgencyGroup[]>();
async function issuerGroups(): Promise<AgencyGroup[]> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  let groups = issuers.get(assignments);
  if (!groups) {
    groups = agenciesInContent(catalog, assignments.byAgency).filter((group) => group.plans.length > 0);
    issuers.set(assignments, groups);
  }
  return groups;
}

/** The pages after the first (/co-quan/trang-<n>/; page 1 is /co-quan/ itself). */
export async function agencyDirectoryPaths(): Promise<{ params: { page: string }; props: { page: number } }[]> {
  return paginateList(await issuerGroups())
    .slice(1)
    .map(({ number }) => ({ params: { page: String(number) }, props: { page: number } }));
}

/** Page `number` (1-based) of the directory. */
export async function agencyDirectoryData(number = 1): Promise<AgencyDirectoryData> {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  const issuers = paginateList(await issuerGroups())[number - 1];
  if (!issuers) throw new Error(`The agency directory has no page ${number}`);
  const base = withBase('/co-quan/');
  return {
    head: {
      title: `Kế hoạch theo cơ quan${pageLabel(issuers)}`,
      description: 'Các cơ quan ban hành và cơ quan được giao nhiệm vụ trong các kế hoạch tuyên truyền cải cách hành chính.',
      crumbs: pagedCrumbs([{ label: 'Theo cơ quan' }], base, issuers),
    },
    issuers,
    range: pageRange(issuers),
    base,
    kinds:
      number === 1
        ? agenciesByKind(catalog, assignments.byAgency).map(({ kind, label, agencies }) => ({ kind, label, count: agencies.length, href: agencyKindUrl(kind) }))
        : [],
  };
}
