/**
 * The plan page's route data, on the real corpus (astro:content is the content files,
 * tests/helpers/astro-content.ts): what the page and its panels show.
 */
import { describe, expect, it } from 'vitest';
import { planPageData, planPaths } from '../../../src/data/routes/plan';
import { getCatalog } from '../../../src/data/catalog';

describe('routes/plan', () => {
  it('has a path for every plan and a redirect for every alias', async () => {
    const catalog = await getCatalog();
    const paths = await planPaths(new URL('https://example.gov.vn'));
    expect(paths.filter((p) => p.props.redirectTo === null).map((p) => p.params.id)).toEqual(catalog.plans.map((plan) => plan.id));
    for (const path of paths.filter((p) => p.props.redirectTo !== null)) expect(path.props.redirectTo).toBe(path.props.plan.url);
  });

  it('gives each path its page data and a cache key that is the digest of what the page shows', async () => {
    const site = new URL('https://example.gov.vn');
    const paths = await planPaths(site);
    const plan = paths.find((p) => p.props.redirectTo === null)!;
    expect(plan.props.data).toEqual(await planPageData(plan.props.plan, site));
    expect(plan.cacheKey).toMatch(/^[0-9a-f]{64}$/);
    // Every page has its own key, the same in a second computation.
    expect(new Set(paths.map((p) => p.cacheKey)).size).toBe(paths.length);
    expect((await planPaths(site)).map((p) => p.cacheKey)).toEqual(paths.map((p) => p.cacheKey));
    // The public address is part of what a page shows (its JSON-LD, its canonical link).
    const elsewhere = await planPaths(new URL('https://other.gov.vn'));
    expect(elsewhere.find((p) => p.params.id === plan.params.id)!.cacheKey).not.toBe(plan.cacheKey);
  });

  it('gives the page everything it shows: title, crumbs, header, panels and search record', async () => {
    const catalog = await getCatalog();
    const plan = catalog.plans.find((p) => p.id.endsWith('84-kh-ubnd'))!;
    const data = await planPageData(plan, new URL('https://example.gov.vn'));
    expect(data.title).toBe(
      `Kế hoạch tuyên truyền cải cách hành chính, Chỉ số năng lực cạnh tranh (PCI), Chỉ số đánh giá năng lực cạnh tranh các đơn vị, địa phương (DDCI) trên địa bàn huyện Kỳ Anh năm 2024`,
    );
    expect(data.description).toBe(`${data.title}. Ủy ban nhân dân huyện Kỳ Anh, 84/KH-UBND.`);
    expect(data.crumbs).toEqual([
      { label: 'Tỉnh Hà Tĩnh', href: '/tinh/ha-tinh/' },
      { label: 'Ủy ban nhân dân huyện Kỳ Anh', href: '/co-quan/ha-tinh/ubnd-huyen-ky-anh/' },
      { label: 'Kế hoạch 84/KH-UBND (2024)' },
    ]);
    expect(data.headerNumber).toBe('84/KH-UBND');
    expect(data.placeDate).toBe('Kỳ Anh, ngày 12 tháng 01 năm 2024');
    expect(data.jsonLd.url).toBe('https://example.gov.vn/ke-hoach/ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd/');
    expect(data.facts.plan).toBe(plan);
    expect(data.record.filters['co-quan']).toEqual(['ha-tinh/ubnd-huyen-ky-anh|Ủy ban nhân dân huyện Kỳ Anh']);
    expect(data.relations.implements.map((d) => d.key)).toContain('ha-tinh-08-kh-ubnd-2024');
    expect(data.assignments.tasksByPeriod.every((row) => row.plan === plan)).toBe(true);
    expect(data.assignments.tasksByLead).toHaveLength(data.assignments.tasksByPeriod.length);
  });

  it('numbers an unnumbered draft with its symbol only', async () => {
    const catalog = await getCatalog();
    const draft = catalog.plans.find((p) => p.id.startsWith('quang-tri/'))!;
    const data = await planPageData(draft, new URL('http://127.0.0.1:4321'));
    expect(data.headerNumber).toBe('…/KH-UBND');
    expect(data.crumbs.at(-1)).toEqual({ label: 'Kế hoạch chưa ghi số (2022)' });
  });
});
