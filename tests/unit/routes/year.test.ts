/** Route data of the year pages (/nam/<year>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { yearPageData, yearPaths } from '../../../src/data/routes/year';

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
  });
});
