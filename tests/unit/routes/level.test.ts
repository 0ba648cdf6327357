/** Route data of the level pages (/cap/<level>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { levelPageData, levelPaths } from '../../../src/data/routes/level';
import { PAGE_SIZE, paginateList } from '../../../src/lib/pagination';

describe('routes/level', () => {
  it('has a page for every level with plans, and none for a level without', async () => {
    const paths = await levelPaths();
    expect(paths.map((p) => p.params.level)).toEqual(['tinh', 'so-nganh', 'huyen']);
    for (const { props } of paths) expect(props.plans.every((p) => p.data.level === props.level)).toBe(true);
    expect(paths.find((p) => p.props.level === 'so-nganh')!.props.plans.map((p) => p.id)).toEqual(['cao-bang/so-vhttdl/2022/tuyen-truyen-cchc']);
  });

  it('gives the page its title, explanation and crumbs', async () => {
    const huyen = (await levelPaths()).find((p) => p.props.level === 'huyen')!;
    const data = levelPageData(huyen.props);
    expect(data.title).toBe('Kế hoạch cấp huyện');
    expect(data.label).toBe('Cấp huyện');
    expect(data.description).toMatch(/^Kế hoạch do Ủy ban nhân dân huyện, thị xã/);
    expect(data.crumbs).toEqual([{ label: 'Theo cấp', href: '/cap/' }, { label: 'Cấp huyện' }]);
    expect(data.plans).toHaveLength(2);
    expect([data.page.items, data.range, data.base]).toEqual([data.plans, null, '/cap/huyen/']);
  });

  it('cuts a level of many plans into pages under /cap/<level>/trang-<n>/', async () => {
    const huyen = (await levelPaths()).find((p) => p.props.level === 'huyen')!;
    const many = Array.from({ length: PAGE_SIZE + 3 }, (_, i) => huyen.props.plans[i % 2]!);
    const data = levelPageData({ level: 'huyen', plans: many, page: paginateList(many)[1]! });
    expect(data.title).toBe('Kế hoạch cấp huyện — trang 2/2');
    expect(data.crumbs.at(-2)).toEqual({ label: 'Cấp huyện', href: '/cap/huyen/' });
    expect(data.range).toBe(`${PAGE_SIZE + 1}–${PAGE_SIZE + 3}`);
  });

  it('keys each page on its level and its page of plans', async () => {
    const paths = await levelPaths();
    expect(new Set(paths.map((p) => p.cacheKey)).size).toBe(paths.length);
    expect((await levelPaths()).map((p) => p.cacheKey)).toEqual(paths.map((p) => p.cacheKey));
  });
});
