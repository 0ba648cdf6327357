/**
 * Route data of the index pages (/chi-so/<id>/): the plans that target an index, each
 * with the sentences of its body that name it, PAGE_SIZE plans a page: page 1 at
 * /chi-so/<id>/, page n at /chi-so/<id>/trang-<n>/.
 */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getBodyTexts, getCatalog } from '../catalog';
import { pageKey } from '../page-keys';
import type { CatalogPlan } from '../../lib/catalog';
import { indexMentions } from '../../lib/indices';
import type { IndexData } from '../../lib/schemas/index-entry';
import { sentenceAround } from '../../lib/sentence';
import { pageLabel, pageRange, pagedCrumbs, pagedRoutes, paginateList, type ListPage } from '../../lib/pagination';
import { indexUrl, withBase } from '../../lib/urls';

export interface IndexRouteProps {
  index: IndexData;
  /** The page of the plans targeting it (in catalog order) this route shows. */
  page: ListPage<CatalogPlan>;
  /** What the page shows (indexPageData), computed with the paths: it is also the page's cache key. */
  data: IndexPageData;
}

/** The pages of every index of content/indices.yaml (one, empty, for an index no plan targets yet). */
export async function indexPaths(): Promise<{ params: { id: string }; props: IndexRouteProps; cacheKey: string }[]> {
  const catalog = await getCatalog();
  const paths: { params: { id: string }; props: IndexRouteProps; cacheKey: string }[] = [];
  for (const index of catalog.indices.values()) {
    for (const { param, page } of pagedRoutes(
      index.id,
      catalog.plans.filter((plan) => plan.data.indices.includes(index.id)),
    )) {
      const data = await indexPageData(index, page);
      paths.push({ params: { id: param }, props: { index, page, data }, cacheKey: await pageKey('index', index, data) });
    }
  }
  return paths;
}

export interface IndexPageData {
  /** "PCI: Chỉ số năng lực cạnh tranh cấp tỉnh", with " — trang 2/5" after page 1. */
  title: string;
  crumbs: Crumb[];
  /** How many plans target the index, over all pages. */
  total: number;
  /** The plans of this page, each with the sentences of its body naming the index (read for this page's plans only). */
  plans: { plan: CatalogPlan; mentions: string[] }[];
  page: ListPage<CatalogPlan>;
  /** "51–100" when the list has several pages, else null. */
  range: string | null;
  /** The list's URL (page 1), for the pager. */
  base: string;
}

/** The data of one page of an index's plans (the first when `page` is not given). */
export async function indexPageData(index: IndexData, page?: ListPage<CatalogPlan>): Promise<IndexPageData> {
  const [catalog, texts] = await Promise.all([getCatalog(), getBodyTexts()]);
  const shown = page ?? paginateList(catalog.plans.filter((plan) => plan.data.indices.includes(index.id)))[0]!;
  return {
    title: `${index.label}: ${index.name}${pageLabel(shown)}`,
    crumbs: pagedCrumbs([{ label: 'Các chỉ số', href: withBase('/chi-so/') }, { label: index.label }], indexUrl(index.id), shown),
    total: shown.total,
    plans: shown.items.map((plan) => ({ plan, mentions: indexMentions(texts.get(plan.id) ?? '', index, sentenceAround) })),
    page: shown,
    range: pageRange(shown),
    base: indexUrl(index.id),
  };
}
