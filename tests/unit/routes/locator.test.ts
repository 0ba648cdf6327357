/** Route data of the locator figures (province, district and local-plan pages), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { planLocator, unitLocator } from '../../../src/data/routes/locator';
import { getCatalog } from '../../../src/data/catalog';

describe('routes/locator', () => {
  it('shows a province in the country, naming the 2025 units as such', async () => {
    const catalog = await getCatalog();
    const haTinh = unitLocator(catalog.units.get('ha-tinh')!, null)!;
    expect(haTinh).toMatchObject({ src: '/ban-do/vi-tri/ha-tinh.svg', alt: 'Bản đồ vị trí tỉnh Hà Tĩnh', caption: 'Tỉnh Hà Tĩnh trên bản đồ Việt Nam.' });
    expect(haTinh.width).toBeGreaterThan(0);
    expect(haTinh.height).toBeGreaterThan(0);
    expect(unitLocator(catalog.units.get('vinh-long-2025')!, null)).toMatchObject({ src: '/ban-do/vi-tri/vinh-long-2025.svg', caption: 'Tỉnh Vĩnh Long (từ 01/7/2025) trên bản đồ Việt Nam.' });
  });

  it("shows a district's province, and nothing for a district without one", async () => {
    const catalog = await getCatalog();
    const kyAnh = catalog.units.get('ha-tinh/huyen-ky-anh')!;
    expect(unitLocator(kyAnh, catalog.units.get('ha-tinh')!)).toMatchObject({ src: '/ban-do/vi-tri/ha-tinh.svg', caption: 'Huyện Kỳ Anh thuộc tỉnh Hà Tĩnh.' });
    expect(unitLocator(kyAnh, null)).toBeNull();
  });

  it('locates district and commune plans only', async () => {
    const catalog = await getCatalog();
    const byLevel = (level: string) => catalog.plans.filter((p) => p.data.level === level);
    const [kyAnh] = byLevel('huyen');
    expect(planLocator(kyAnh!)).toMatchObject({ src: '/ban-do/vi-tri/ha-tinh.svg', caption: 'Huyện Kỳ Anh thuộc tỉnh Hà Tĩnh.' });
    for (const plan of catalog.plans.filter((p) => p.data.level !== 'huyen' && p.data.level !== 'xa')) expect(planLocator(plan)).toBeNull();
  });
});
