/**
 * What the search index holds about a plan besides its text: the fields a result shows
 * (title, issuing body, number, date), the facet values it can be narrowed by and the key
 * it sorts by. The plan page writes them as Pagefind data attributes.
 */
import type { CatalogPlan } from '../catalog';
import { planSortDate } from '../plan-order';
import type { CitedDocument, PlanRelations } from '../citation-index';
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

/** "Nghị quyết 76/NQ-CP (2021)": a cited document as a facet shows it, with its year when known. */
export function citedDocumentLabel(document: Pick<CitedDocument, 'type' | 'number' | 'notations' | 'date'>): string {
  const year = document.date?.slice(0, 4);
  return year ? `${documentTitle(document)} (${year})` : documentTitle(document);
}

const pad = (value: number | null) => String(value ?? 0).padStart(2, '0');

/**
 * The record of a plan. Its cited documents are those of its relations panel (legal
 * basis and body, incomplete keys followed, the plan itself left out), each once.
 */
export function searchRecord(plan: CatalogPlan, relations: Pick<PlanRelations, 'implements' | 'cites'>, indices: ReadonlyMap<string, IndexData>): SearchRecord {
  const cited = [...new Map([...relations.implements, ...relations.cites].map((document) => [document.key, document])).values()];
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
