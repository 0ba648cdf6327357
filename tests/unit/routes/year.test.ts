/** Route data of the year pages (/nam/<year>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { yearPageData, yearPaths } from '../../../src/data/routes/year';
import { PAGE_SIZE, paginateList } from '../../../src/lib/pagination';

describe('routes/year', () => {
  it('has a page for every plan year with plans, each with that year’s plans in catalog order', async () => {
    const paths = await yearPaths();
    expect(paths.map((p) => p.params.year)).toEqual(['2024', '2022', '2021']);
    const y2024 = paths.find((p) => p.props.year === 2024)!;
    expect(y2024.props.plans.map((p) => p.id).sort()).toEqual(['ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd', 'ninh-thuan/ubnd-huyen-ninh-phuoc/2024/tuyen-truyen-cchc']);
    for (const { props } of paths) expect(props.plans.every((p) => p.data.year === props.year)).toBe(true);
  });

  it('gives the page its crumbs and plans', async () => {
    const [y2024] = await yearPaths();
    const data = yearPageData(y2024!.props);
    expect(data.crumbs).toEqual([{ label: 'Theo năm', href: '/nam/' }, { label: 'Năm 2024' }]);
    expect(data.plans).toBe(y2024!.props.plans);
    expect(data.page.items).toEqual(y2024!.props.plans);
    expect([data.title, data.range, data.base]).toEqual(['Kế hoạch năm 2024', null, '/nam/2024/']);
  });

  it('cuts a year of many plans into pages under /nam/<year>/trang-<n>/', async () => {
    const [y2024] = await yearPaths();
    const many = Array.from({ length: PAGE_SIZE * 2 + 1 }, () => y2024!.props.plans[0]!);
    const pages = paginateList(many);
    const data = yearPageData({ year: 2024, plans: many, page: pages[2]! });
    expect(data.title).toBe('Kế hoạch năm 2024 — trang 3/3');
    expect(data.crumbs).toEqual([{ label: 'Theo năm', href: '/nam/' }, { label: 'Năm 2024', href: '/nam/2024/' }, { label: 'Trang 3' }]);
    expect(data.range).toBe(`${PAGE_SIZE * 2 + 1}–${PAGE_SIZE * 2 + 1}`);
    expect(data.page.items).toHaveLength(1);
  });
});
