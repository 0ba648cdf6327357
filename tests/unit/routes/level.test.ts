/** Route data of the level pages (/cap/<level>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { levelPageData, levelPaths } from '../../../src/data/routes/level';

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
  });
});
