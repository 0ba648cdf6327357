/**
 * Route data of the cited-document pages (/van-ban/<key>/): the document's identity,
 * what the corpus cannot tell about it, and every plan citing it with the quoted
 * sentence cut around the citation. A document that is a plan of the portal, and an
 * incomplete key the corpus resolves, are redirects.
 */
import type { Crumb } from '../../components/Breadcrumbs.astro';
import { getCitationIndex } from '../catalog';
import type { CatalogPlan } from '../../lib/catalog';
import { amendmentLinks, distinctPlans, unknownPart, type AmendmentLinks, type CitedDocument } from '../../lib/citation-index';
import { documentDate, documentScope, documentTitle, quoteParts } from '../../lib/cited-format';
import { documentRedirect } from '../../lib/redirects';
import { documentUrl, withBase } from '../../lib/urls';

export interface DocumentRouteProps {
  document: CitedDocument;
  /** The plan page it is, or the document an incomplete key resolves to; else null. */
  redirectTo: string | null;
}

/** One page per cited document. */
export async function documentPaths(): Promise<{ params: { key: string }; props: DocumentRouteProps }[]> {
  const index = await getCitationIndex();
  return [...index.documents.values()].map((document) => ({
    params: { key: document.key },
    props: { document, redirectTo: documentRedirect(document)?.to ?? null },
  }));
}

export interface DocumentPageData {
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
  /** The documents it amends and those that amend it, as the citing texts say ("sửa đổi, bổ sung"). */
  amendments: AmendmentLinks;
  plans: { plan: CatalogPlan; quotes: { inLegalBasis: boolean; parts: string[] }[] }[];
}

const MISSING: Record<'year' | 'place', string> = { year: 'năm ban hành', place: 'cơ quan, địa phương ban hành' };

/** The data of one cited-document page. */
export async function documentPageData(document: CitedDocument): Promise<DocumentPageData> {
  const index = await getCitationIndex();
  const title = documentTitle(document);
  const unknown = unknownPart(document.key);
  return {
    title,
    crumbs: [{ label: 'Văn bản được trích dẫn', href: withBase('/van-ban/') }, { label: title }],
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
    plans: distinctPlans(document).map((plan) => ({
      plan,
      quotes: document.citations.filter((c) => c.plan === plan).map((c) => ({ inLegalBasis: c.inLegalBasis, parts: quoteParts(c.sentence, c.citation.surface) })),
    })),
  };
}
