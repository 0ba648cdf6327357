/**
 * Route data of the cited-document pages (/van-ban/<key>/): the document's identity,
 * what the corpus cannot tell about it, and every plan citing it with the quoted
 * sentence cut around the citation, PAGE_SIZE plans a page (page n at
 * /van-ban/<key>/trang-<n>/: a national resolution is cited by nearly every plan).
 * A document that is a plan of the portal, and an incomplete key the corpus resolves,
 * are redirects (one page).
 */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getCitationIndex } from '../catalog';
import type { CatalogPlan } from '../../lib/catalog';
import { amendmentLinks, distinctPlans, unknownPart, type AmendmentLinks, type CitedDocument } from '../../lib/citation-index';
import { documentDate, documentScope, documentTitle, quoteParts } from '../../lib/cited-format';
import { documentRedirect } from '../../lib/redirects';
import { pageLabel, pageRange, pagedCrumbs, pagedRoutes, paginateList, type ListPage } from '../../lib/pagination';
import { documentUrl, withBase } from '../../lib/urls';
import { pageKey } from '../page-keys';

export interface DocumentRouteProps {
  document: CitedDocument;
  /** The plan page it is, or the document an incomplete key resolves to; else null. */
  redirectTo: string | null;
  /** What the page shows (documentPageData), computed with the paths: it is also the page's cache key. */
  data: DocumentPageData;
}

/**
 * The pages of every cited document: one for a redirect, else PAGE_SIZE citing plans a
 * page. Each path's cache key (src/data/page-keys.ts) is the digest of the document and of
 * the page's data (its plans and their quotes), so that a page is rendered again only when
 * what it shows changed.
 */
export async function documentPaths(): Promise<{ params: { key: string }; props: DocumentRouteProps; cacheKey: string }[]> {
  const index = await getCitationIndex();
  const paths: { params: { key: string }; props: DocumentRouteProps; cacheKey: string }[] = [];
  for (const document of index.documents.values()) {
    const redirectTo = documentRedirect(document)?.to ?? null;
    const plans = distinctPlans(document);
    // A redirect is one page whatever it lists (it shows no list).
    const routes = redirectTo ? [{ param: document.key, page: paginateList(plans, Math.max(1, plans.length))[0]! }] : pagedRoutes(document.key, plans);
    for (const { param, page } of routes) {
      const data = await documentPageData(document, page);
      paths.push({ params: { key: param }, props: { document, redirectTo, data }, cacheKey: await pageKey(document, redirectTo, data) });
    }
  }
  return paths;
}

export interface DocumentPageData {
  /** The document's title, with " — trang 2/5" after page 1. */
  title: string;
  crumbs: Crumb[];
  /** The label of the redirect notice: the plan's title when the document is a plan of the portal. */
  redirectLabel: string;
  /** "Văn bản trung ương của Đảng"… */
  scope: string;
  date: string;
  /** For an incomplete key: what the plans did not say, and the documents it may be. */
  unknown: { missing: string; candidates: { href: string; label: string }[] } | null;
  /** The number to look up in the national legal database (national, not Party, numbered), else null. */
  lookupNumber: string | null;
  citationCount: number;
  /** How many plans cite it, over all pages. */
  planCount: number;
  /** The documents it amends and those that amend it, as the citing texts say ("sửa đổi, bổ sung"). */
  amendments: AmendmentLinks;
  /** The citing plans of this page, each with its quotes. */
  plans: { plan: CatalogPlan; quotes: { inLegalBasis: boolean; parts: string[] }[] }[];
  page: ListPage<CatalogPlan>;
  /** "51–100" when the list has several pages, else null. */
  range: string | null;
  /** The document's URL (page 1), for the pager. */
  base: string;
}

const MISSING: Record<'year' | 'place', string> = { year: 'năm ban hành', place: 'cơ quan, địa phương ban hành' };

/** The data of one page of a cited document (the first when `page` is not given). */
export async function documentPageData(document: CitedDocument, page?: ListPage<CatalogPlan>): Promise<DocumentPageData> {
  const index = await getCitationIndex();
  const title = documentTitle(document);
  const unknown = unknownPart(document.key);
  const shown = page ?? paginateList(distinctPlans(document))[0]!;
  // The citations of this page's plans, read in one pass (a document may be cited 10,000 times).
  const onPage = new Set(shown.items);
  const byPlan = new Map<CatalogPlan, CitedDocument['citations']>();
  for (const citation of document.citations) {
    if (!onPage.has(citation.plan)) continue;
    const list = byPlan.get(citation.plan);
    if (list) list.push(citation);
    else byPlan.set(citation.plan, [citation]);
  }
  return {
    title: `${title}${pageLabel(shown)}`,
    crumbs: pagedCrumbs([{ label: 'Văn bản được trích dẫn', href: withBase('/van-ban/') }, { label: title }], documentUrl(document.key), shown),
    redirectLabel: document.plan ? document.plan.data.title : title,
    scope: documentScope(document),
    date: documentDate(document),
    unknown: unknown && {
      missing: MISSING[unknown],
      candidates: document.candidates.map((key) => {
        const candidate = index.documents.get(key);
        if (!candidate) throw new Error(`The candidate "${key}" of "${document.key}" is not in the citation index`);
        return { href: documentUrl(key), label: `${documentTitle(candidate)}, ${documentDate(candidate)}, ${candidate.issuer ?? ''}` };
      }),
    },
    lookupNumber: document.national && !document.party && document.number ? document.number : null,
    citationCount: document.citations.length,
    amendments: amendmentLinks(index, document),
    planCount: shown.total,
    plans: shown.items.map((plan) => ({
      plan,
      quotes: (byPlan.get(plan) ?? []).map((c) => ({ inLegalBasis: c.inLegalBasis, parts: quoteParts(c.sentence, c.citation.surface) })),
    })),
    page: shown,
    range: pageRange(shown),
    base: documentUrl(document.key),
  };
}
