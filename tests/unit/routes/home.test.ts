/** Route data of the home page (/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { homePageData, LATEST_PLANS } from '../../../src/data/routes/home';
import { getCatalog } from '../../../src/data/catalog';

describe('routes/home', () => {
  it('counts the plans, the provinces and the years the portal holds', async () => {
    const data = await homePageData();
    expect([data.planCount, data.provinceCount, data.yearCount]).toEqual([5, 5, 3]);
  });

  it('gives three count tables of one shape: by province, by year, by level with plans', async () => {
    const { counts } = await homePageData();
    expect(counts.map((t) => [t.id, t.heading, t.column])).toEqual([
      ['so-theo-tinh', 'Theo tỉnh', 'Tỉnh, thành phố'],
      ['so-theo-nam', 'Theo năm', 'Năm kế hoạch'],
      ['so-theo-cap', 'Theo cấp', 'Cấp ban hành'],
    ]);
    const [provinces, years, levels] = counts;
    expect(provinces!.rows.map((r) => r.label)).toEqual(['Tỉnh Bến Tre', 'Tỉnh Cao Bằng', 'Tỉnh Hà Tĩnh', 'Tỉnh Ninh Thuận', 'Tỉnh Quảng Trị']);
    expect(provinces!.rows[2]).toEqual({ label: 'Tỉnh Hà Tĩnh', href: '/tinh/ha-tinh/', plans: 1 });
    expect(years!.rows).toEqual([
      { label: '2024', href: '/nam/2024/', plans: 2 },
      { label: '2022', href: '/nam/2022/', plans: 2 },
      { label: '2021', href: '/nam/2021/', plans: 1 },
    ]);
    // Cấp xã has no plan: no row.
    expect(levels!.rows).toEqual([
      { label: 'Cấp tỉnh', href: '/cap/tinh/', plans: 2 },
      { label: 'Sở, ban, ngành cấp tỉnh', href: '/cap/so-nganh/', plans: 1 },
      { label: 'Cấp huyện', href: '/cap/huyen/', plans: 2 },
    ]);
  });

  it('gives the maps every province of both eras, the chart its years and the latest plans', async () => {
    const data = await homePageData();
    expect(data.maps.map((p) => [p.id, p.units.length, p.tableHref])).toEqual([
      ['ban-do-34', 34, '/tinh/#tinh-2025'],
      ['ban-do-63', 63, '#so-theo-tinh'],
    ]);
    expect(data.maps[0]!.units.find((u) => u.href === '/tinh/vinh-long-2025/')!.label).toBe('tỉnh Vĩnh Long: 1 kế hoạch');
    expect(data.chart.map((r) => r.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(LATEST_PLANS).toBe(5);
    expect(data.latest).toEqual((await getCatalog()).plans.slice(0, LATEST_PLANS));
    expect(data.latest[0]!.id).toBe('ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd');
  });
});
