/**
 * Route data of the permalinks by number (/so/<number>/ and /so/<number>/<issuer>/): the
 * number as written, and the one plan an issuer's permalink leads to (a redirect), or the
 * list of plans sharing the number.
 */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getCatalog } from '../catalog';
import type { CatalogPlan } from '../../lib/catalog';
import { permalinks, type Permalink } from '../../lib/permalinks';
import { pageKey } from '../page-keys';

/** Every permalink of the numbered plans; its cache key (src/data/page-keys.ts) is the digest of the link (its number and plans). */
export async function permalinkPaths(): Promise<{ params: { path: string }; props: { link: Permalink }; cacheKey: string }[]> {
  const paths: { params: { path: string }; props: { link: Permalink }; cacheKey: string }[] = [];
  for (const link of permalinks(await getCatalog())) paths.push({ params: { path: link.path }, props: { link }, cacheKey: await pageKey(link) });
  return paths;
}

export interface PermalinkPageData {
  /** The number as the plans write it ("84/KH-UBND"). */
  number: string;
  /** The plan an issuer's permalink leads to, when exactly one has that number; else null (a list). */
  single: CatalogPlan | null;
  crumbs: Crumb[];
}

export function permalinkPageData(link: Permalink): PermalinkPageData {
  const number = link.plans[0]?.data.number;
  if (!number) throw new Error(`The permalink /so/${link.path}/ has no numbered plan`);
  return {
    number,
    single: link.path.includes('/') && link.plans.length === 1 ? link.plans[0]! : null,
    crumbs: [{ label: `Số ${number}` }],
  };
}
