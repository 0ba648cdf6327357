/** Route data of the years index (/nam/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { yearsPageData } from '../../../src/data/routes/years';

describe('routes/years', () => {
  it('lists every plan year with plans, newest first, with its count and link', async () => {
    const data = await yearsPageData();
    expect(data.years).toEqual([
      { year: 2024, href: '/nam/2024/', plans: 2 },
      { year: 2022, href: '/nam/2022/', plans: 2 },
      { year: 2021, href: '/nam/2021/', plans: 1 },
    ]);
  });

  it('gives the chart one row per year from the first to the last, counted by level', async () => {
    const { chart } = await yearsPageData();
    expect(chart.map((r) => r.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(chart.map((r) => r.total)).toEqual([1, 2, 0, 2]);
    expect(chart.find((r) => r.year === 2022)!.counts).toEqual({ tinh: 1, 'so-nganh': 1, huyen: 0, xa: 0 });
    expect(chart.find((r) => r.year === 2024)!.counts).toEqual({ tinh: 0, 'so-nganh': 0, huyen: 2, xa: 0 });
  });
});
