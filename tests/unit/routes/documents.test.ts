/** Route data of the cited-documents index (/van-ban/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { documentsPageData } from '../../../src/data/routes/documents';
import { getCitationIndex } from '../../../src/data/catalog';

describe('routes/documents', () => {
  it('counts the plans that cite and lists each document once', async () => {
    const index = await getCitationIndex();
    const data = await documentsPageData();
    expect(data.citingPlans).toBe(index.byPlan.size);
    expect(new Set(data.rows.map((r) => r.document.key)).size).toBe(data.rows.length);
    expect(data.byType.flatMap((g) => g.rows)).toHaveLength(data.rows.length);
  });

  it('gives the chart one item per row: plans citing it and the provinces of those plans', async () => {
    const data = await documentsPageData();
    expect(data.citingPlans).toBe(5);
    expect(data.head.title).toBe('Văn bản được trích dẫn');
    expect(data.head.crumbs).toEqual([{ label: 'Văn bản được trích dẫn' }]);
    expect(data.chart).toHaveLength(data.rows.length);
    const i = data.rows.findIndex((r) => r.document.key === '76-nq-cp-2021');
    expect(data.rows[i]!.provinces).toBe('tỉnh Hà Tĩnh, tỉnh Ninh Thuận, tỉnh Quảng Trị');
    expect(data.chart[i]).toEqual({ label: 'Nghị quyết 76/NQ-CP', plans: 3, provinces: 3 });
  });
});
