/** Route data of the unit pages, the calendar and the citation tool, on the real corpus. */
import { describe, expect, it } from 'vitest';
import { calendarPageData, calendarPaths } from '../../../src/data/routes/calendar';
import { citationToolPageData } from '../../../src/data/routes/citation-tool';
import { unitPageData, unitPaths } from '../../../src/data/routes/unit';
import { getAssignments, getCatalog, getCitationIndex } from '../../../src/data/catalog';
import { timeline } from '../../../src/lib/assignments';

describe('routes/unit', () => {
  it('has a page for every unit, with or without plans', async () => {
    const catalog = await getCatalog();
    expect((await unitPaths()).map((p) => p.params.id).sort()).toEqual([...catalog.units.keys()].sort());
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

describe('routes/calendar', () => {
  it('shows every dated entry, or one province’s, and offers the provinces with plans', async () => {
    const assignments = await getAssignments();
    const all = await calendarPageData();
    expect(all.entries).toEqual(timeline(assignments.tasks, assignments.deadlines));
    expect(all.provinces.map((u) => u.key)).toEqual((await calendarPaths()).map((p) => p.params.province));
    const quangTri = all.provinces.find((u) => u.key === 'quang-tri')!;
    const one = await calendarPageData(quangTri);
    expect(one.entries.length).toBeGreaterThan(0);
    expect(one.entries.every((e) => e.plan.province.key === 'quang-tri')).toBe(true);
    expect(one.entries).toEqual(all.entries.filter((e) => e.plan.province.key === 'quang-tri'));
  });
});

describe('routes/citation-tool', () => {
  it('offers the 63 provinces as issued, in Vietnamese order, and the keys of every document page', async () => {
    const data = await citationToolPageData();
    expect(data.provinces).toHaveLength(63);
    expect(data.provinces[0]!.name).toBe('An Giang');
    expect(data.knownKeys.sort()).toEqual([...(await getCitationIndex()).documents.keys()].sort());
    expect(data.example).toMatch(/3647\/QĐ-UBND/);
  });
});
