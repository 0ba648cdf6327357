/**
 * What the search index holds about a plan besides its text: the fields a result shows
 * (title, issuing body, number, date), the facet values it can be narrowed by and the key
 * it sorts by. The plan page writes them as Pagefind data attributes.
 */
import type { CatalogPlan } from '../catalog';
import { planSortDate } from '../catalog';
import type { CitationIndex, CitedDocument } from '../citation-index';
import { documentTitle } from '../cited-format';
import type { IndexData } from '../schemas/index-entry';
import { LEVEL_LABELS } from '../levels';
import { dateLabel, numberLabel } from '../plan-format';
import { encodeFacetValue, type FacetKey } from './facets';

export interface SearchRecord {
  /**
   * Shown with each result besides the title (read from the page's heading, see
   * resultTitle) and the issuing body (the label of its co-quan facet value): both are
   * on the page already, and a plan page's weight is budgeted.
   */
  meta: { number: string; date: string };
  /** Facet values, encoded "id|label", in facet order. */
  filters: Record<FacetKey, string[]>;
  /** Sort keys: "ngay" is the issue date (or plan year) as YYYY-MM-DD, 00 for what the source does not give. */
  sort: { ngay: string };
}

/** The documents a plan cites (body and legal basis), each once, incomplete keys followed to their document; the plan itself left out. */
export function citedDocuments(index: CitationIndex, plan: CatalogPlan): CitedDocument[] {
  const entry = index.byPlan.get(plan.id);
  if (!entry) return [];
  const found = new Map<string, CitedDocument>();
  for (const { citation } of [...entry.legalBasis, ...entry.body]) {
    let document = index.documents.get(citation.key);
    if (document?.resolvedTo) document = index.documents.get(document.resolvedTo);
    if (!document || document.plan?.id === plan.id) continue;
    found.set(document.key, document);
  }
  return [...found.values()];
}

/** "Nghị quyết 76/NQ-CP (2021)": a cited document as a facet shows it, with its year when known. */
export function citedDocumentLabel(document: Pick<CitedDocument, 'type' | 'number' | 'notations' | 'date'>): string {
  const year = document.date?.slice(0, 4);
  return year ? `${documentTitle(document)} (${year})` : documentTitle(document);
}

const pad = (value: number | null) => String(value ?? 0).padStart(2, '0');

export function searchRecord(plan: CatalogPlan, cited: readonly CitedDocument[], indices: ReadonlyMap<string, IndexData>): SearchRecord {
  const date = planSortDate(plan.data);
  const value = (id: string, label: string) => encodeFacetValue({ id, label });
  return {
    meta: { number: numberLabel(plan), date: dateLabel(plan) },
    filters: {
      tinh: [value(plan.province.key, plan.province.name)],
      'tinh-2025': [value(plan.successor.key, plan.successor.name)],
      nam: [value(String(plan.data.year), String(plan.data.year))],
      'co-quan': [value(plan.issuer.key, plan.issuer.name)],
      cap: [value(plan.data.level, LEVEL_LABELS[plan.data.level])],
      'chi-so': plan.data.indices.map((id) => value(id, indices.get(id)?.label ?? id)),
      'van-ban': cited.map((document) => value(document.key, citedDocumentLabel(document))),
    },
    sort: { ngay: `${date.year}-${pad(date.month)}-${pad(date.day)}` },
  };
}

