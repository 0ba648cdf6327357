import { describe, expect, it } from 'vitest';
import { countByYearAndLevel, countTicks, stackedYearChart } from '../../src/lib/charts/year-levels';
import type { PlanLevel } from '../../src/lib/levels';

const plan = (year: number, level: PlanLevel) => ({ data: { year, level } });

describe('countByYearAndLevel', () => {
  it('counts per year and level, every year from the first to the last', () => {
    const rows = countByYearAndLevel([plan(2021, 'tinh'), plan(2024, 'huyen'), plan(2024, 'huyen'), plan(2024, 'xa')]);
    expect(rows.map((r) => [r.year, r.total])).toEqual([
      [2021, 1],
      [2022, 0],
      [2023, 0],
      [2024, 3],
    ]);
    expect(rows[3]!.counts).toEqual({ tinh: 0, 'so-nganh': 0, huyen: 2, xa: 1 });
    expect(countByYearAndLevel([])).toEqual([]);
  });
});

describe('countTicks', () => {
  it('gives whole numbers only', () => {
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(1000)[0]).toBe(0);
    expect(countTicks(1000).at(-1)).toBe(1000);
    expect(countTicks(7).every(Number.isInteger)).toBe(true);
  });
});

describe('stackedYearChart', () => {
  const rows = countByYearAndLevel([plan(2022, 'tinh'), plan(2022, 'so-nganh'), plan(2024, 'huyen'), plan(2024, 'huyen')]);
  const chart = stackedYearChart(rows, { width: 400, height: 200 });

  it('stacks the levels of a year in their fixed order, from the axis up', () => {
    const y2022 = chart.bars.filter((b) => b.year === 2022);
    expect(y2022.map((b) => b.level)).toEqual(['tinh', 'so-nganh']);
    expect(y2022[0]!.y + y2022[0]!.height).toBeCloseTo(chart.bottom, 1);
    expect(y2022[1]!.y + y2022[1]!.height).toBeCloseTo(y2022[0]!.y, 1);
    // Two plans are as tall as two plans, whatever their levels.
    const height = (year: number) => chart.bars.filter((b) => b.year === year).reduce((h, b) => h + b.height, 0);
    expect(height(2022)).toBeCloseTo(height(2024), 0);
  });

  it('leaves out empty segments and places one column per year, left to right', () => {
    expect(chart.bars.some((b) => b.year === 2023)).toBe(false);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['2022', '2023', '2024']);
    expect(chart.xTicks[0]!.at).toBeLessThan(chart.xTicks[1]!.at);
    expect(chart.totals.map((t) => t.label)).toEqual(['2', '2']);
    for (const bar of chart.bars) expect(bar.x + bar.width).toBeLessThanOrEqual(chart.right);
  });

  it('labels the count axis in Vietnamese number format', () => {
    const big = stackedYearChart([{ year: 2024, counts: { tinh: 1500, 'so-nganh': 0, huyen: 0, xa: 0 }, total: 1500 }]);
    expect(big.yTicks.map((t) => t.label)).toContain('1.000');
    expect(big.totals[0]!.label).toBe('1.500');
  });
});
