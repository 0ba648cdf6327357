/**
 * Every URL of the portal that leads elsewhere, in one list: former plan paths (aliases),
 * permalinks by number that name one plan, and cited documents that are a plan of the
 * portal (or an incomplete key that resolves to one document). The redirect pages
 * (fallback for plain static hosts) and the web server's 301s are both made from it.
 */
import type { Catalog, CatalogPlan } from './catalog';
import type { CitedDocument, CitationIndex } from './citation-index';
import { permalinks, type Permalink } from './permalinks';
import { documentUrl, planUrl, withBase } from './urls';

export type RedirectKind = 'alias' | 'permalink' | 'document-plan' | 'document-resolved';

export interface Redirect {
  /** The old or indirect URL (with the base path). */
  from: string;
  /** Where it leads (with the base path). */
  to: string;
  kind: RedirectKind;
}

/** The one plan a permalink leads to: /so/<number>/<issuer>/ naming a single plan; otherwise null (a list page). */
export function permalinkTarget(link: Permalink): CatalogPlan | null {
  return link.path.includes('/') && link.plans.length === 1 ? link.plans[0]! : null;
}

/** Where a cited document's page redirects: the plan it is, or the document an incomplete key resolves to; otherwise null. */
export function documentRedirect(document: Pick<CitedDocument, 'plan' | 'resolvedTo'>): { to: string; kind: RedirectKind } | null {
  if (document.plan) return { to: document.plan.url, kind: 'document-plan' };
  if (document.resolvedTo) return { to: documentUrl(document.resolvedTo), kind: 'document-resolved' };
  return null;
}

/** Every redirect of the site, sorted by source URL; under the build's base path (plans' URLs carry it). */
export function siteRedirects(catalog: Pick<Catalog, 'plans' | 'aliases'>, index: Pick<CitationIndex, 'documents'>): Redirect[] {
  const list: Redirect[] = [];
  for (const [alias, plan] of catalog.aliases) list.push({ from: planUrl(alias), to: plan.url, kind: 'alias' });
  for (const link of permalinks(catalog)) {
    const plan = permalinkTarget(link);
    if (plan) list.push({ from: withBase(`/so/${link.path}/`), to: plan.url, kind: 'permalink' });
  }
  for (const document of index.documents.values()) {
    const target = documentRedirect(document);
    if (target) list.push({ from: documentUrl(document.key), ...target });
  }
  return list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** How many redirects of each kind. */
export function countByKind(redirects: readonly Redirect[]): Record<RedirectKind, number> {
  const counts: Record<RedirectKind, number> = { alias: 0, permalink: 0, 'document-plan': 0, 'document-resolved': 0 };
  for (const redirect of redirects) counts[redirect.kind] += 1;
  return counts;
}
