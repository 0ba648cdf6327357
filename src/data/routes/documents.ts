/**
 * Route data of the cited-documents index (/van-ban/): every document the plans cite,
 * most cited first, with the provinces and plan years citing it, and the same documents
 * grouped by type and issuer, in Vietnamese order.
 */
import { getCitationIndex } from '../catalog';
import type { CitedItem } from '../../lib/charts/cited';
import { distinctPlans } from '../../lib/citation-index';
import { citedDocumentGroups, citedDocumentRows, type CitedDocumentGroup, type CitedDocumentRow } from '../../lib/cited-documents';

export interface DocumentsPageData {
  /** How many plans cite anything. */
  citingPlans: number;
  rows: CitedDocumentRow[];
  /** The chart's items, one per row: its title, plans citing it and provinces of those plans. */
  chart: CitedItem[];
  byType: CitedDocumentGroup[];
}

export async function documentsPageData(): Promise<DocumentsPageData> {
  const index = await getCitationIndex();
  const rows = citedDocumentRows(index);
  return {
    citingPlans: index.byPlan.size,
    rows,
    chart: rows.map((row) => ({ label: row.title, plans: row.plans, provinces: new Set(distinctPlans(row.document).map((plan) => plan.province.key)).size })),
    byType: citedDocumentGroups(rows),
  };
}
