/** Route data of the unit pages (/tinh/<id>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { unitEmbedPaths, unitFeedPaths, unitPageData, unitPaths } from '../../../src/data/routes/unit';
import { getAssignments, getCatalog } from '../../../src/data/catalog';
import { agenciesInContent, unitsInContent, unitsWithPlans } from '../../../src/lib/browse';
import { EMBED_PLANS } from '../../../src/lib/embed-list';
import { FEED_ITEMS } from '../../../src/lib/feed-items';

describe('routes/unit', () => {
  it('has a page for every province, with or without plans, and for the districts the content names (on the seeds, every unit)', async () => {
    const catalog = await getCatalog();
    const [assignments, paths] = await Promise.all([getAssignments(), unitPaths()]);
    expect(paths.map((p) => p.params.id)).toEqual(unitsInContent(catalog, agenciesInContent(catalog, assignments.byAgency)).map((g) => g.key));
    expect(paths.map((p) => p.params.id).sort()).toEqual([...catalog.units.keys()].sort());
  });

  it('gives every unit with a page its embed, keyed by what it shows', async () => {
    const embeds = await unitEmbedPaths();
    expect(embeds.map((p) => p.params.id)).toEqual((await unitPaths()).filter((p) => !p.params.id.includes('/trang-')).map((p) => p.params.id));
    for (const { props } of embeds) {
      expect(props.list.shown.length).toBeLessThanOrEqual(EMBED_PLANS);
      expect(props.list.shown.length).toBe(Math.min(EMBED_PLANS, props.list.total));
    }
    // Keys: one per embed; the same on the same content; units with the same plans still differ (the unit is part of the key).
    expect(new Set(embeds.map((p) => p.cacheKey)).size).toBe(embeds.length);
    expect((await unitEmbedPaths()).map((p) => p.cacheKey)).toEqual(embeds.map((p) => p.cacheKey));
  });

  it('gives every unit with plans its feed, keyed by the unit and the plans it holds', async () => {
    const catalog = await getCatalog();
    const feeds = await unitFeedPaths();
    const withPlans = unitsWithPlans(catalog).filter((group) => group.plans.length > 0);
    expect(feeds.map((p) => p.params.id)).toEqual(withPlans.map((group) => group.unit.key));
    for (const [i, { props }] of feeds.entries()) expect(props.plans).toEqual(withPlans[i]!.plans.slice(0, FEED_ITEMS));
    expect(new Set(feeds.map((p) => p.cacheKey)).size).toBe(feeds.length);
  });

  it('gives a pre-2025 province its successor, districts and agencies with plans', async () => {
    const catalog = await getCatalog();
    const data = await unitPageData(catalog.units.get('ha-tinh')!);
    expect(data.title).toBe('Tỉnh Hà Tĩnh');
    expect(data.successor?.key).toBe('ha-tinh-2025');
    expect(data.districts.map((d) => d.key)).toEqual(['ha-tinh/huyen-ky-anh']);
    expect(data.agencies.map((g) => g.agency.key)).toEqual(['ha-tinh/ubnd-huyen-ky-anh']);
    expect(data.predecessors).toEqual([]);
  });

  it('gives a 2025 province the provinces it was made of, and a district its province', async () => {
    const catalog = await getCatalog();
    const vinhLong = await unitPageData(catalog.units.get('vinh-long-2025')!);
    expect(vinhLong.title).toBe('Tỉnh Vĩnh Long (từ 01/7/2025)');
    expect(vinhLong.predecessors.map((u) => u.key).sort()).toEqual(['ben-tre', 'tra-vinh', 'vinh-long']);
    expect([vinhLong.districts, vinhLong.agencies]).toEqual([[], []]);
    const kyAnh = await unitPageData(catalog.units.get('ha-tinh/huyen-ky-anh')!);
    expect(kyAnh.parent?.key).toBe('ha-tinh');
    expect(kyAnh.crumbs).toEqual([{ label: 'Theo tỉnh', href: '/tinh/' }, { label: 'Tỉnh Hà Tĩnh', href: '/tinh/ha-tinh/' }, { label: 'Huyện Kỳ Anh' }]);
  });
});
