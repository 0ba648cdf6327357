/** The cited-document page's route data, on the real corpus. */
import { describe, expect, it } from 'vitest';
import { documentPageData, documentPaths } from '../../../src/data/routes/document';
import { getCitationIndex } from '../../../src/data/catalog';
import { PAGE_SIZE, paginateList } from '../../../src/lib/pagination';

describe('routes/document', () => {
  it('has a page for every cited document; a document that is a plan of the portal redirects to it', async () => {
    const index = await getCitationIndex();
    const paths = await documentPaths();
    // The seeds cite no document from more than PAGE_SIZE plans: one page each.
    expect(paths.map((p) => p.params.key).sort()).toEqual([...index.documents.keys()].sort());
    const own = paths.find((p) => p.props.document.plan);
    expect(own?.props.redirectTo).toBe(own?.props.document.plan?.url);
    const data = await documentPageData(own!.props.document);
    expect(data.redirectLabel).toBe(own!.props.document.plan!.data.title);
  });

  it('gives each page its data, and a cache key that changes with what the page shows', async () => {
    const paths = await documentPaths();
    const government = paths.find((p) => p.params.key === '76-nq-cp-2021')!;
    expect(government.props.data).toEqual(await documentPageData(government.props.document));
    expect(new Set(paths.map((p) => p.cacheKey)).size).toBe(paths.length);
    expect((await documentPaths()).map((p) => p.cacheKey)).toEqual(paths.map((p) => p.cacheKey));
  });

  it('marks a Party document, and offers the national database only for central non-Party numbered ones', async () => {
    const index = await getCitationIndex();
    const party = await documentPageData(index.documents.get('18-nq-tw-khoa-xii')!);
    expect(party.scope).toBe('Văn bản trung ương của Đảng');
    expect(party.lookupNumber).toBeNull();
    const government = await documentPageData(index.documents.get('76-nq-cp-2021')!);
    expect(government.scope).toBe('Văn bản trung ương');
    expect(government.lookupNumber).toBe('76/NQ-CP');
    const local = await documentPageData(index.documents.get('quang-tri-01-nq-tu-2021')!);
    expect(local.scope).toBe('Văn bản địa phương của Đảng');
    expect(local.lookupNumber).toBeNull();
  });

  it('lists each citing plan once, with every quote cut around the cited words', async () => {
    const index = await getCitationIndex();
    const document = index.documents.get('76-nq-cp-2021')!;
    const data = await documentPageData(document);
    expect(data.title).toBe('Nghị quyết 76/NQ-CP');
    expect(data.crumbs).toEqual([{ label: 'Văn bản được trích dẫn', href: '/van-ban/' }, { label: 'Nghị quyết 76/NQ-CP' }]);
    expect(new Set(data.plans.map((p) => p.plan)).size).toBe(data.plans.length);
    expect(data.plans.flatMap((p) => p.quotes)).toHaveLength(data.citationCount);
    const surfaces = document.citations.map((c) => c.citation.surface.replace(/\s+/g, ' '));
    for (const quote of data.plans.flatMap((p) => p.quotes)) {
      expect(quote.parts).toHaveLength(3);
      expect(surfaces).toContain(quote.parts[1]);
    }
    expect(data.unknown).toBeNull();
    expect([data.planCount, data.range, data.base]).toEqual([data.plans.length, null, '/van-ban/76-nq-cp-2021/']);
  });

  it('lists a page of the citing plans with their quotes only, and names the page after the first', async () => {
    const index = await getCitationIndex();
    const document = index.documents.get('76-nq-cp-2021')!;
    const citing = [...new Set(document.citations.map((c) => c.plan))];
    const many = Array.from({ length: PAGE_SIZE + 2 }, (_, i) => citing[i % citing.length]!);
    const data = await documentPageData(document, paginateList(many)[1]!);
    expect(data.planCount).toBe(PAGE_SIZE + 2);
    expect(data.plans.map((p) => p.plan)).toEqual(many.slice(PAGE_SIZE));
    for (const { plan, quotes } of data.plans) expect(quotes).toHaveLength(document.citations.filter((c) => c.plan === plan).length);
    expect(data.title).toBe('Nghị quyết 76/NQ-CP — trang 2/2');
    expect(data.crumbs).toEqual([{ label: 'Văn bản được trích dẫn', href: '/van-ban/' }, { label: 'Nghị quyết 76/NQ-CP', href: '/van-ban/76-nq-cp-2021/' }, { label: 'Trang 2' }]);
  });

  it('says what an incomplete key does not know and which documents it may be', async () => {
    const index = await getCitationIndex();
    const candidate = index.documents.get('76-nq-cp-2021')!;
    const incomplete = { ...candidate, key: '76-nq-cp-khong-ro-nam', candidates: [candidate.key], plan: null };
    const data = await documentPageData(incomplete);
    expect(data.unknown).toEqual({ missing: 'năm ban hành', candidates: [{ href: '/van-ban/76-nq-cp-2021/', label: 'Nghị quyết 76/NQ-CP, 15/07/2021, Chính phủ' }] });
    const place = await documentPageData({ ...incomplete, key: 'khong-ro-noi-84-kh-ubnd-2024', candidates: [] });
    expect(place.unknown).toEqual({ missing: 'cơ quan, địa phương ban hành', candidates: [] });
  });
});
