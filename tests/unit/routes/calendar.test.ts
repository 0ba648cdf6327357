/** Route data of the calendar (/lich/, /lich/<province>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { calendarIndexPaths, calendarPageData, calendarPaths } from '../../../src/data/routes/calendar';
import { getAssignments } from '../../../src/data/catalog';
import { timeline, timelineByYear } from '../../../src/lib/assignments';
import { PAGE_SIZE, paginateList } from '../../../src/lib/pagination';

describe('routes/calendar', () => {
  it('shows every dated entry, or one province’s, newest year first, and offers the provinces with plans', async () => {
    const assignments = await getAssignments();
    const all = await calendarPageData();
    const expected = timelineByYear(timeline(assignments.tasks, assignments.deadlines)).flatMap((y) => y.entries);
    expect(all.total).toBeLessThanOrEqual(PAGE_SIZE);
    expect(all.page.items).toEqual(expected);
    expect([all.total, all.page.count, all.range, all.base]).toEqual([expected.length, 1, null, '/lich/']);
    expect(all.years).toEqual(timelineByYear(expected));
    expect(all.provinces.map((u) => u.key)).toEqual((await calendarPaths()).map((p) => p.params.province));
    expect(await calendarIndexPaths()).toEqual([]);
    const quangTri = all.provinces.find((u) => u.key === 'quang-tri')!;
    const path = (await calendarPaths()).find((p) => p.params.province === 'quang-tri')!;
    const one = await calendarPageData(quangTri, path.props.page);
    expect(one.total).toBeGreaterThan(0);
    expect(one.page.items.every((e) => e.plan.province.key === 'quang-tri')).toBe(true);
    expect(one.page.items).toEqual(expected.filter((e) => e.plan.province.key === 'quang-tri'));
    expect(one.base).toBe('/lich/quang-tri/');
    await expect(calendarPageData(null, 2)).rejects.toThrow(/no page 2/);
  });

  it('cuts a long calendar into pages, each page’s entries by year', async () => {
    const all = await calendarPageData();
    const many = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => all.page.items[i % all.page.items.length]!);
    const quangTri = all.provinces.find((u) => u.key === 'quang-tri')!;
    const data = await calendarPageData(quangTri, paginateList(many)[1]!);
    expect(data.head.title).toBe('Lịch nhiệm vụ — Tỉnh Quảng Trị — trang 2/2');
    expect(data.head.crumbs).toEqual([{ label: 'Lịch nhiệm vụ', href: '/lich/' }, { label: 'Tỉnh Quảng Trị', href: '/lich/quang-tri/' }, { label: 'Trang 2' }]);
    expect(data.range).toBe(`${PAGE_SIZE + 1}–${PAGE_SIZE + 1}`);
    expect(data.years.flatMap((y) => y.entries)).toHaveLength(1);
  });

  it('gives the filter links, and one province’s calendar its heading, page and crumbs', async () => {
    const all = await calendarPageData();
    expect(all.province).toBeNull();
    expect(all.head).toEqual({
      title: 'Lịch nhiệm vụ và hạn báo cáo',
      description: 'Các nhiệm vụ có thời gian và hạn báo cáo trong các kế hoạch tuyên truyền cải cách hành chính, theo năm và quý.',
      crumbs: [{ label: 'Lịch nhiệm vụ' }],
    });
    expect(all.filters).toEqual(all.provinces.map((u) => ({ label: `Tỉnh ${u.name}`, href: `/lich/${u.key}/` })));
    expect(all.filters[0]).toEqual({ label: 'Tỉnh Bến Tre', href: '/lich/ben-tre/' });
    const quangTri = all.provinces.find((u) => u.key === 'quang-tri')!;
    const one = await calendarPageData(quangTri);
    expect(one.province).toEqual({ name: 'tỉnh Quảng Trị', href: '/tinh/quang-tri/' });
    expect(one.head).toEqual({
      title: 'Lịch nhiệm vụ — Tỉnh Quảng Trị',
      description: 'Nhiệm vụ có thời gian và hạn báo cáo trong các kế hoạch của tỉnh Quảng Trị.',
      crumbs: [{ label: 'Lịch nhiệm vụ', href: '/lich/' }, { label: 'Tỉnh Quảng Trị' }],
    });
  });
});
