/** Route data of the cited-documents index (/van-ban/ and /van-ban/theo-loai/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { documentsPageData, documentsPaths } from '../../../src/data/routes/documents';
import { getCitationIndex } from '../../../src/data/catalog';
import { citedDocumentRows } from '../../../src/lib/cited-documents';
import { PAGE_SIZE } from '../../../src/lib/pagination';

describe('routes/documents', () => {
  it('counts the plans that cite and lists each document once, in both orders', async () => {
    const index = await getCitationIndex();
    const all = citedDocumentRows(index);
    expect(all.length).toBeLessThanOrEqual(PAGE_SIZE);
    const data = await documentsPageData();
    expect(data.citingPlans).toBe(index.byPlan.size);
    expect(data.page.items.map((r) => r.document.key)).toEqual(all.map((r) => r.document.key));
    expect([data.page.count, data.range, data.base, data.byType]).toEqual([1, null, '/van-ban/', []]);
    expect(data.orders).toEqual({ citations: '/van-ban/', type: '/van-ban/theo-loai/' });
    const byType = await documentsPageData('type');
    expect(new Set(byType.page.items.map((r) => r.document.key))).toEqual(new Set(all.map((r) => r.document.key)));
    expect(byType.byType.flatMap((g) => g.byIssuer.flatMap((i) => i.rows))).toEqual(byType.page.items);
    for (const group of byType.byType) expect(group.total).toBe(all.filter((r) => r.document.type === group.type).length);
    expect(byType.chart).toEqual([]);
    expect(byType.head.title).toBe('Văn bản được trích dẫn, theo loại và cơ quan ban hành');
    expect(byType.head.crumbs).toEqual([{ label: 'Văn bản được trích dẫn', href: '/van-ban/' }, { label: 'Theo loại' }]);
    expect(await documentsPaths('citations')).toEqual([]);
    expect(await documentsPaths('type')).toEqual([]);
    await expect(documentsPageData('type', 2)).rejects.toThrow(/no page 2/);
  });

  it('gives the chart one item per row of page 1: plans citing it and the provinces of those plans', async () => {
    const data = await documentsPageData();
    expect(data.citingPlans).toBe(5);
    expect(data.head.title).toBe('Văn bản được trích dẫn');
    expect(data.head.crumbs).toEqual([{ label: 'Văn bản được trích dẫn' }]);
    expect(data.chart).toHaveLength(data.page.items.length);
    const i = data.page.items.findIndex((r) => r.document.key === '76-nq-cp-2021');
    expect(data.page.items[i]!.provinces).toBe('tỉnh Hà Tĩnh, tỉnh Ninh Thuận, tỉnh Quảng Trị');
    expect(data.chart[i]).toEqual({ label: 'Nghị quyết 76/NQ-CP', plans: 3, provinces: 3 });
  });
});
