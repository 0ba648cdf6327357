/**
 * Route data of the index pages (/chi-so/<id>/): the plans that target an index, each
 * with the sentences of its body that name it.
 */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getBodyTexts, getCatalog } from '../catalog';
import type { CatalogPlan } from '../../lib/catalog';
import { indexMentions } from '../../lib/indices';
import type { IndexData } from '../../lib/schemas/index-entry';
import { sentenceAround } from '../../lib/sentence';
import { withBase } from '../../lib/urls';

/** A page for every index of content/indices.yaml. */
export async function indexPaths(): Promise<{ params: { id: string }; props: { index: IndexData } }[]> {
  return [...(await getCatalog()).indices.values()].map((index) => ({ params: { id: index.id }, props: { index } }));
}

export interface IndexPageData {
  crumbs: Crumb[];
  plans: { plan: CatalogPlan; mentions: string[] }[];
}

export async function indexPageData(index: IndexData): Promise<IndexPageData> {
  const [catalog, texts] = await Promise.all([getCatalog(), getBodyTexts()]);
  return {
    crumbs: [{ label: 'Các chỉ số', href: withBase('/chi-so/') }, { label: index.label }],
    plans: catalog.plans.filter((plan) => plan.data.indices.includes(index.id)).map((plan) => ({ plan, mentions: indexMentions(texts.get(plan.id) ?? '', index, sentenceAround) })),
  };
}
