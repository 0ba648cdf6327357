/**
 * The list of cited documents as the /van-ban/ page shows it: a row per document (most
 * cited first, see documentsByCitations) with what the table says of it, and the rows
 * grouped by document type, then by issuer, both in Vietnamese order.
 */
import { distinctPlans, documentsByCitations, type CitationIndex, type CitedDocument } from './citation-index';
import { documentDate, documentTitle } from './cited-format';
import { compareVi, sortVi } from './collate';
import { unitName } from './plan-format';
import { documentUrl } from './urls';

export interface CitedDocumentRow {
  document: CitedDocument;
  href: string;
  title: string;
  date: string;
  /** How many plans cite it, and how many times in all. */
  plans: number;
  citations: number;
  /** "tỉnh Bến Tre, tỉnh Hà Tĩnh": the provinces (as issued) of the citing plans. */
  provinces: string;
  /** "2021, 2024": the plan years of the citing plans. */
  years: string;
  /** Whether the key is incomplete and fits several documents. */
  ambiguous: boolean;
}

export interface CitedDocumentGroup {
  type: string;
  /** An id for the group's heading, from its first document's key. */
  anchor: string;
  rows: CitedDocumentRow[];
  byIssuer: { issuer: string; rows: CitedDocumentRow[] }[];
}

/** One row per document an incomplete key does not resolve away, most cited first. */
export function citedDocumentRows(index: CitationIndex): CitedDocumentRow[] {
  return documentsByCitations(index).map((document) => {
    const plans = distinctPlans(document);
    return {
      document,
      href: documentUrl(document.key),
      title: documentTitle(document),
      date: documentDate(document),
      plans: plans.length,
      citations: document.citations.length,
      provinces: sortVi([...new Set(plans.map((p) => unitName(p.province)))]).join(', '),
      years: [...new Set(plans.map((p) => p.data.year))].sort().join(', '),
      ambiguous: document.candidates.length > 0,
    };
  });
}

/** The rows by type, then issuer ("Không rõ cơ quan ban hành" when unknown), each in Vietnamese order. */
export function citedDocumentGroups(rows: readonly CitedDocumentRow[]): CitedDocumentGroup[] {
  return [...Map.groupBy(rows, (row) => row.document.type)]
    .sort((a, b) => compareVi(a[0], b[0]))
    .map(([type, list]) => ({
      type,
      anchor: `loai-${list[0]!.document.key}`,
      rows: list,
      byIssuer: [...Map.groupBy(list, (row) => row.document.issuer ?? 'Không rõ cơ quan ban hành')].sort((a, b) => compareVi(a[0], b[0])).map(([issuer, rows]) => ({ issuer, rows })),
    }));
}
