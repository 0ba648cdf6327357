/**
 * Route data of the cited-documents index (/van-ban/): every document the plans cite,
 * most cited first, with the provinces and plan years citing it, and the same documents
 * grouped by type and issuer, in Vietnamese order.
 */
import type { PageHead } from '../../components/Breadcrumbs.astro';
import { getCitationIndex } from '../catalog';
import type { CitedItem } from '../../lib/charts/cited';
import { distinctPlans } from '../../lib/citation-index';
import { citedDocumentGroups, citedDocumentRows, type CitedDocumentGroup, type CitedDocumentRow } from '../../lib/cited-documents';

export interface DocumentsPageData {
  head: PageHead;
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
    head: {
      title: 'Văn bản được trích dẫn',
      description: 'Tất cả văn bản mà các kế hoạch tuyên truyền cải cách hành chính trích dẫn: nghị quyết, quyết định, kế hoạch, văn bản của Đảng, kèm các kế hoạch trích dẫn.',
      crumbs: [{ label: 'Văn bản được trích dẫn' }],
    },
    citingPlans: index.byPlan.size,
    rows,
    chart: rows.map((row) => ({ label: row.title, plans: row.plans, provinces: new Set(distinctPlans(row.document).map((plan) => plan.province.key)).size })),
    byType: citedDocumentGroups(rows),
  };
}
