/** Route data of the calendar (/lich/, /lich/<province>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { calendarPageData, calendarPaths } from '../../../src/data/routes/calendar';
import { getAssignments } from '../../../src/data/catalog';
import { timeline } from '../../../src/lib/assignments';

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
