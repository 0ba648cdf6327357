/**
 * The corpus's citation graph: every document cited by any plan, as a first-class entity
 * with the plans that cite it and the sentences that do, built once from the catalog.
 *
 * Keys come from the citation parser (src/lib/citations). A key that the text could not
 * complete (year or place unknown) is resolved against the corpus: when exactly one cited
 * document has that number and fits, the incomplete key redirects to it; when several
 * fit, the document's page shows the ambiguity; never are two documents merged.
 */
import type { CatalogPlan } from './catalog';
import { CITING_KINDS, findCitations, type Citation, type CitationContext } from './citations';
import { citationContext } from './citation-context';
import { sentenceAround } from './sentence';
import { formatShortVi, toIsoPartial } from './dates';
import { compareVi } from './collate';
import { documentTitle } from './cited-format';
import { documentUrl } from './urls';

/** The citation context of a plan: its province, district, issue date and own number (see citationContext). */
export function planContext(plan: CatalogPlan): CitationContext {
  const names = new Map([[plan.province.key, plan.province.name], ...(plan.district ? [[plan.district.key, plan.district.name] as const] : [])]);
  return citationContext(
    { province: plan.province.key, district: plan.district?.key ?? null, date: plan.data.date ? toIsoPartial(plan.data.date) : null, year: plan.data.year, number: plan.data.number },
    names,
  );
}

/** The citations of a text that cite a document, for the index: not the text naming itself, not anaphora ("Kế hoạch này"). */
const citing = (citations: readonly Citation[]) => citations.filter((citation) => CITING_KINDS.has(citation.kind));

/** The key a numbered plan has as a cited document (the parser reads its own identity), or null. */
export function planDocumentKey(plan: CatalogPlan): string | null {
  if (plan.data.number === null) return null;
  const date = plan.data.date ? ` ngày ${formatShortVi(plan.data.date)}` : '';
  const [citation] = findCitations(`${plan.data.type} số ${plan.data.number}${date} của ${plan.issuer.name}`, planContext(plan));
  return citation && citation.keyStatus === 'exact' ? citation.key : null;
}

export interface PlanCitation {
  plan: CatalogPlan;
  citation: Citation;
  /** The sentence that cites, as plain text. */
  sentence: string;
  /** Whether it is in the plan's legal basis ("Thực hiện …") rather than its body. */
  inLegalBasis: boolean;
}

export interface CitedDocument {
  key: string;
  type: string;
  number: string | null;
  /** The most complete date any citation gives. */
  date: string | null;
  issuer: string | null;
  national: boolean;
  /** Whether it is a document of the Party (its number parsed as a Party number: 05-NQ/TU). */
  party: boolean;
  /** Locality key of a local document, from its first citation (or its own plan), else null. */
  locality: string | null;
  /** Every way the plans wrote it ("84/ KH-UBND", "05/NQ-TU", or a programme's name). */
  notations: string[];
  citations: PlanCitation[];
  /** The corpus plan that is this document, if any. */
  plan: CatalogPlan | null;
  /** For an incomplete key: the one document it resolves to in the corpus, or null. */
  resolvedTo: string | null;
  /** For an incomplete key that fits several documents: their keys. */
  candidates: string[];
  /** Documents this one amends, as the citing texts say ("… sửa đổi, bổ sung … Nghị định số …"). */
  amends: string[];
  /** Documents that amend this one, as the citing texts say ("… được sửa đổi, bổ sung bởi …"). */
  amendedBy: string[];
}

export interface CitationIndex {
  documents: Map<string, CitedDocument>;
  /** Per plan id: the plan, and the citations of its body and of its legal basis, in reading order. */
  byPlan: Map<string, { plan: CatalogPlan; body: PlanCitation[]; legalBasis: PlanCitation[] }>;
}

/** The marker the citation keys carry where the text did not give the year or the place: `…-khong-ro-nam`, `khong-ro-noi-…`. */
const UNKNOWN_MARK = 'khong-ro-';

/** What an incomplete key does not know (the year, or the issuer's place), or null for a complete key. */
export function unknownPart(key: string): 'year' | 'place' | null {
  if (!key.includes(UNKNOWN_MARK)) return null;
  return key.includes(`${UNKNOWN_MARK}nam`) ? 'year' : 'place';
}

/** A plan with its body as the citation links read it. */
export interface PlanBody {
  plan: CatalogPlan;
  /** The body's reading text (body-text.ts), where the citations' offsets point. */
  text: string;
  /**
   * Every citation in `text` (all kinds), as the citation links found them when the body
   * was rendered (render-plan.ts): then the index does not look for them again. Absent
   * (a body rendered without the portal's pipeline, a test's text): found here, with the
   * plan's context.
   */
  citations?: readonly Citation[];
}

/** Builds the index from every plan with its body (see {@link PlanBody}). */
export function buildCitationIndex(plans: readonly PlanBody[]): CitationIndex {
  const documents = new Map<string, CitedDocument>();
  const byPlan: CitationIndex['byPlan'] = new Map();
  const ownKeys = new Map<string, CatalogPlan>();
  const ownCitations = new Map<string, Citation>();
  for (const { plan } of plans) {
    const key = planDocumentKey(plan);
    if (key) ownKeys.set(key, plan);
  }
  const newDocument = (c: Citation): CitedDocument => ({
    key: c.key,
    type: c.type,
    number: c.number,
    date: c.date,
    issuer: c.issuer,
    national: c.national,
    party: c.family === 'party',
    locality: c.locality,
    notations: [],
    citations: [],
    plan: ownKeys.get(c.key) ?? null,
    resolvedTo: null,
    candidates: [],
    amends: [],
    amendedBy: [],
  });

  const add = (entry: PlanCitation) => {
    const c = entry.citation;
    let document = documents.get(c.key);
    if (!document) {
      document = newDocument(c);
      documents.set(c.key, document);
    }
    for (const key of c.amends) if (!document.amends.includes(key)) document.amends.push(key);
    for (const key of c.amendedBy) if (!document.amendedBy.includes(key)) document.amendedBy.push(key);
    if ((c.date?.length ?? 0) > (document.date?.length ?? 0)) document.date = c.date;
    if (c.issuerStated && (!document.issuer || document.issuer.length < (c.issuer?.length ?? 0))) document.issuer = c.issuer;
    const notation = c.numberAsWritten?.replace(/\s+/g, ' ') ?? c.surface.replace(/\s+/g, ' ');
    if (!document.notations.includes(notation)) document.notations.push(notation);
    document.citations.push(entry);
  };

  for (const { plan, text, citations } of plans) {
    const context = planContext(plan);
    const found = citations ?? findCitations(text, context);
    for (const own of found) if (own.kind === 'self' && ownKeys.get(own.key) === plan) ownCitations.set(own.key, own);
    const bodyCitations = citing(found).map((citation) => ({ plan, citation, sentence: sentenceAround(text, citation.start, citation.end), inLegalBasis: false }));
    const legalBasis = plan.data.legalBasis.flatMap((basis) => citing(findCitations(basis, context)).map((citation) => ({ plan, citation, sentence: basis, inLegalBasis: true })));
    byPlan.set(plan.id, { plan, body: bodyCitations, legalBasis });
    for (const entry of [...bodyCitations, ...legalBasis]) add(entry);
  }
  // Every numbered plan is a document of its own (its /van-ban/<key>/ page leads to the plan), cited or not.
  for (const [key, plan] of ownKeys) {
    if (documents.has(key)) continue;
    const own = ownCitations.get(key) ?? findCitations(`${plan.data.type} số ${plan.data.number}`, { ...planContext(plan), number: null })[0];
    if (!own) continue;
    const document = newDocument({ ...own, key });
    document.notations.push(plan.data.number!);
    documents.set(key, document);
  }
  resolveAcrossCorpus(documents);
  // Amendments are links both ways: a document amended by another lists it, and the other lists it back.
  for (const document of documents.values()) {
    for (const key of document.amends) {
      const other = documents.get(key);
      if (other && !other.amendedBy.includes(document.key)) other.amendedBy.push(document.key);
    }
    for (const key of document.amendedBy) {
      const other = documents.get(key);
      if (other && !other.amends.includes(document.key)) other.amends.push(document.key);
    }
  }
  return { documents, byPlan };
}

/**
 * Corpus-level resolution (after the in-text step of citations/resolve.ts): an
 * incomplete key (year or place unknown in its text) redirects to the one cited document
 * with that number that fits, or lists the candidates when several do. Mutates the map.
 */
export function resolveAcrossCorpus(documents: Map<string, CitedDocument>): void {
  const complete = [...documents.values()].filter((d) => unknownPart(d.key) === null);
  for (const document of documents.values()) {
    if (unknownPart(document.key) === null) continue;
    const sample = document.citations[0]!.citation;
    const fits = complete.filter(
      (d) =>
        d.number === document.number &&
        d.national === document.national &&
        // A local document of one place is never another place's, even when the place was inferred.
        (sample.locality === null || d.locality === sample.locality || d.citations.some((pc) => pc.citation.locality === sample.locality)),
    );
    if (fits.length === 1) {
      const target = fits[0]!;
      document.resolvedTo = target.key;
      // The target's page lists these citations too.
      target.citations.push(...document.citations);
      for (const notation of document.notations) if (!target.notations.includes(notation)) target.notations.push(notation);
    } else document.candidates = fits.map((d) => d.key);
  }
}

/** The key a cited key stands for: the document an incomplete key resolves to, else itself. */
export function resolvedKey(index: CitationIndex, key: string): string {
  return index.documents.get(key)?.resolvedTo ?? key;
}

/** The page a cited key links to: the portal's plan when the document is one, else its document page (resolved). */
export function citedDocumentHref(index: CitationIndex, key: string): string {
  const document = index.documents.get(key);
  return document?.plan ? document.plan.url : documentUrl(resolvedKey(index, key));
}

/** Where a cited document links: the plan's page when it is a plan in the portal, its document page otherwise. */
export function documentHref(document: CitedDocument): string {
  return document.plan ? document.plan.url : documentUrl(document.key);
}

export interface AmendmentLinks {
  /** Documents this one amends: their page and title. */
  amends: { key: string; href: string; label: string }[];
  /** Documents that amend this one. */
  amendedBy: { key: string; href: string; label: string }[];
}

/** The "sửa đổi" links of a cited document's page, both ways, to the documents of the index (as resolved). */
export function amendmentLinks(index: CitationIndex, document: CitedDocument): AmendmentLinks {
  const link = (key: string) => {
    const target = index.documents.get(resolvedKey(index, key));
    return target ? [{ key: target.key, href: citedDocumentHref(index, target.key), label: documentTitle(target) }] : [];
  };
  return { amends: document.amends.flatMap(link), amendedBy: document.amendedBy.flatMap(link) };
}

/** Documents ordered by how often they are cited (then type and number, in Vietnamese order). */
export function documentsByCitations(index: CitationIndex): CitedDocument[] {
  return [...index.documents.values()]
    .filter((d) => d.resolvedTo === null && d.citations.length > 0)
    .sort((a, b) => distinctPlans(b).length - distinctPlans(a).length || b.citations.length - a.citations.length || compareVi(`${a.type} ${a.number}`, `${b.type} ${b.number}`));
}

/** The plans citing a document, each once, in catalog order. */
export function distinctPlans(document: CitedDocument): CatalogPlan[] {
  return [...new Set(document.citations.map((c) => c.plan))];
}

export interface PlanRelations {
  /** Documents the plan says it implements (legal basis). */
  implements: CitedDocument[];
  /** Every document its body cites (other than itself). */
  cites: CitedDocument[];
  /** Plans whose legal basis names this plan. */
  implementedBy: CatalogPlan[];
  /** Plans whose body cites this plan. */
  citedBy: CatalogPlan[];
  /** Plans sharing the most cited documents (of those at most SIMILAR_MAX_CITING plans cite), with the count. */
  similar: { plan: CatalogPlan; shared: number }[];
}

/** Per citation index: each plan's resolved cited keys, the plans citing each key, each plan's place in the index and its title's place in Vietnamese order. */
interface SharedKeys {
  keysByPlan: Map<string, Set<string>>;
  plansByKey: Map<string, string[]>;
  order: Map<string, number>;
  /** Equal titles share a rank. */
  titleRank: Map<string, number>;
}

/**
 * A document cited by more plans than this does not make two plans similar: nearly every
 * plan cites the Government's programme (76/NQ-CP) and its province's plan, and counting
 * them made "similar plans" cost a pass over the whole archive for every plan (O(N²): about
 * 30 ms a plan at 10,000 plans). An archive of at most this many plans counts every document.
 */
export const SIMILAR_MAX_CITING = 200;

/** How many similar plans the panel lists. */
export const SIMILAR_SHOWN = 5;
const sharedKeysCache = new WeakMap<CitationIndex, SharedKeys>();

/**
 * Built once per index, not once per plan page: finding a plan's "similar" plans by resolving
 * every other plan's citations on each page made a plan page's cost grow with the corpus
 * (about 60 ms at 1,000 plans, 340 ms at 10,000 on a loaded machine).
 */
function sharedKeys(index: CitationIndex, resolve: (key: string) => CitedDocument): SharedKeys {
  let found = sharedKeysCache.get(index);
  if (found) return found;
  found = { keysByPlan: new Map(), plansByKey: new Map(), order: new Map(), titleRank: new Map() };
  const byTitle = [...index.byPlan.values()].map((e) => e.plan).sort((a, b) => compareVi(a.data.title, b.data.title));
  byTitle.forEach((plan, i) => {
    const previous = byTitle[i - 1];
    found!.titleRank.set(plan.id, previous && compareVi(previous.data.title, plan.data.title) === 0 ? found!.titleRank.get(previous.id)! : i);
  });
  for (const [id, e] of index.byPlan) {
    found.order.set(id, found.order.size);
    const keys = new Set([...e.body, ...e.legalBasis].map((c) => resolve(c.citation.key).key));
    found.keysByPlan.set(id, keys);
    for (const key of keys) {
      const plans = found.plansByKey.get(key);
      if (plans) plans.push(id);
      else found.plansByKey.set(key, [id]);
    }
  }
  sharedKeysCache.set(index, found);
  return found;
}

/** The relationship panel of a plan. */
export function planRelations(index: CitationIndex, plan: CatalogPlan): PlanRelations {
  const resolve = (key: string) => {
    const document = index.documents.get(key)!;
    return document.resolvedTo ? index.documents.get(document.resolvedTo)! : document;
  };
  const entry = index.byPlan.get(plan.id) ?? { plan, body: [], legalBasis: [] };
  const unique = (docs: CitedDocument[]) => [...new Map(docs.map((d) => [d.key, d])).values()];
  const own = planDocumentKey(plan);
  const { keysByPlan, plansByKey, order, titleRank } = sharedKeys(index, resolve);
  const mine = new Set(keysByPlan.get(plan.id) ?? []);
  if (own) mine.delete(own);
  const ownDocument = own ? index.documents.get(own) : undefined;
  // How many of my keys each other plan cites, from the plans citing each key (not the documents nearly every plan cites).
  const counts = new Map<string, number>();
  for (const key of mine) {
    const citing = plansByKey.get(key) ?? [];
    if (citing.length > SIMILAR_MAX_CITING) continue;
    for (const id of citing) if (id !== plan.id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  // The first SIMILAR_SHOWN by most shared, then title in Vietnamese order, then the index's order: one pass, no sort of every candidate.
  const before = (a: [string, number], b: [string, number]) => b[1] - a[1] || titleRank.get(a[0])! - titleRank.get(b[0])! || order.get(a[0])! - order.get(b[0])!;
  const top: [string, number][] = [];
  for (const candidate of counts) {
    if (top.length === SIMILAR_SHOWN && before(candidate, top[SIMILAR_SHOWN - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && before(candidate, top[at - 1]!) < 0) at--;
    top.splice(at, 0, candidate);
    if (top.length > SIMILAR_SHOWN) top.pop();
  }
  const similar = top.map(([id, shared]) => ({ plan: index.byPlan.get(id)!.plan, shared }));
  return {
    implements: unique(entry.legalBasis.map((c) => resolve(c.citation.key))).filter((d) => d.key !== own),
    cites: unique(entry.body.map((c) => resolve(c.citation.key))).filter((d) => d.key !== own),
    implementedBy: ownDocument ? [...new Set(ownDocument.citations.filter((c) => c.inLegalBasis && c.plan !== plan).map((c) => c.plan))] : [],
    citedBy: ownDocument ? [...new Set(ownDocument.citations.filter((c) => !c.inLegalBasis && c.plan !== plan).map((c) => c.plan))] : [],
    similar,
  };
}
