/**
 * Route data of the cited-documents index (/van-ban/): every document the plans cite,
 * most cited first, with the provinces and plan years citing it, and the same documents
 * grouped by type and issuer, in Vietnamese order.
 */
import { getCitationIndex } from '../catalog';
import { citedDocumentGroups, citedDocumentRows, type CitedDocumentGroup, type CitedDocumentRow } from '../../lib/cited-documents';

export interface DocumentsPageData {
  /** How many plans cite anything. */
  citingPlans: number;
  rows: CitedDocumentRow[];
  byType: CitedDocumentGroup[];
}

export async function documentsPageData(): Promise<DocumentsPageData> {
  const index = await getCitationIndex();
  const rows = citedDocumentRows(index);
  return { citingPlans: index.byPlan.size, rows, byType: citedDocumentGroups(rows) };
}
