/**
 * The metadata panel of a plan page ("Thông tin văn bản"), as data: its legal basis cut
 * into text and links by the same citations the citation index found, the indices it
 * targets with their labels, and its corrections as the panel words them.
 */
import type { CatalogPlan } from './catalog';
import { citedDocumentHref, type CitationIndex } from './citation-index';
import { segmentText } from './citations/annotate';
import { planPermalink } from './permalinks';
import type { IndexData } from './schemas/index-entry';
import { indexUrl, withBase } from './urls';

/** A run of legal-basis text; `href` is set on the runs that cite a document. */
export interface BasisPart {
  text: string;
  href: string | null;
}

export interface PlanFacts {
  plan: CatalogPlan;
  /** The plan's permalink by number, or its page URL when it has no number. */
  permalink: string;
  /** Its open-data record. */
  dataUrl: string;
  /** Each legal-basis entry, cut at its citations. */
  basis: BasisPart[][];
  /** The indices it targets: id, short label and full name. */
  indices: { id: string; href: string; label: string; name: string }[];
  /** Each correction as "“original” → “corrected” (n lần)". */
  corrections: string[];
}

/** How the panel words one correction: line breaks of the original shown as ↵. */
export function correctionLabel(correction: { original: string; corrected: string; count: number }): string {
  return `“${correction.original.replace(/\s*\n\s*/g, ' ↵ ')}” → “${correction.corrected}”${correction.count > 1 ? ` (${correction.count} lần)` : ''}`;
}

/** The panel's data for a plan. */
export function planFacts(plan: CatalogPlan, index: CitationIndex, indices: ReadonlyMap<string, IndexData>): PlanFacts {
  const basisCitations = index.byPlan.get(plan.id)?.legalBasis ?? [];
  return {
    plan,
    permalink: planPermalink(plan) ?? plan.url,
    dataUrl: withBase(`/du-lieu/ke-hoach/${plan.id}.json`),
    basis: plan.data.legalBasis.map((basis) =>
      segmentText(
        basis,
        basisCitations.filter((c) => c.sentence === basis).map((c) => c.citation),
      ).map((segment) => ({ text: segment.text, href: segment.citation ? citedDocumentHref(index, segment.citation.key) : null })),
    ),
    indices: plan.data.indices.map((id) => {
      const target = indices.get(id);
      if (!target) throw new Error(`Plan ${plan.id} targets the unknown index "${id}"`);
      return { id, href: indexUrl(id), label: target.label, name: target.name };
    }),
    corrections: plan.data.source.corrections.map(correctionLabel),
  };
}
