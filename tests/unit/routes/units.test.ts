/** Route data of the provinces index (/tinh/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { unitsPageData } from '../../../src/data/routes/units';

describe('routes/units', () => {
  it('lists the provinces as issued with what became of each in 2025', async () => {
    const { provinces } = await unitsPageData();
    expect(provinces.map((p) => p.title)).toEqual(['Tỉnh Bến Tre', 'Tỉnh Cao Bằng', 'Tỉnh Hà Tĩnh', 'Tỉnh Ninh Thuận', 'Tỉnh Quảng Trị']);
    expect(provinces[0]).toEqual({ title: 'Tỉnh Bến Tre', href: '/tinh/ben-tre/', plans: 1, successor: 'Từ 01/7/2025 thuộc tỉnh Vĩnh Long (Nghị quyết 202/2025/QH15).' });
    expect(provinces[1]!.successor).toBe('Giữ nguyên khi sắp xếp đơn vị hành chính cấp tỉnh năm 2025 (Nghị quyết 202/2025/QH15).');
  });

  it('lists the 2025 provinces with what they were made of, and the districts with their province', async () => {
    const { successors, districts } = await unitsPageData();
    expect(successors.find((s) => s.href === '/tinh/vinh-long-2025/')).toEqual({
      title: 'Tỉnh Vĩnh Long',
      href: '/tinh/vinh-long-2025/',
      plans: 1,
      predecessors: 'tỉnh Vĩnh Long, tỉnh Bến Tre, tỉnh Trà Vinh',
    });
    expect(successors.find((s) => s.href === '/tinh/quang-tri-2025/')!.predecessors).toBe('tỉnh Quảng Trị, tỉnh Quảng Bình');
    expect(districts).toEqual([
      { title: 'Huyện Kỳ Anh', href: '/tinh/ha-tinh/huyen-ky-anh/', plans: 1, province: 'tỉnh Hà Tĩnh' },
      { title: 'Huyện Ninh Phước', href: '/tinh/ninh-thuan/huyen-ninh-phuoc/', plans: 1, province: 'tỉnh Ninh Thuận' },
    ]);
  });

  it('gives the maps the 63 and the 34 provinces', async () => {
    const { maps } = await unitsPageData();
    expect(maps.map((p) => [p.id, p.units.length, p.tableHref])).toEqual([
      ['ban-do-34', 34, '#tinh-2025'],
      ['ban-do-63', 63, '#tinh-khi-ban-hanh'],
    ]);
    const haTinh = maps[1]!.units.find((u) => u.href === '/tinh/ha-tinh/')!;
    expect(haTinh.label).toBe('tỉnh Hà Tĩnh: 1 kế hoạch');
    expect(haTinh.shade).toBe(1);
    expect(maps[1]!.units.find((u) => u.href === '/tinh/lai-chau/')).toMatchObject({ label: 'tỉnh Lai Châu: chưa có kế hoạch', shade: 0 });
  });
});
