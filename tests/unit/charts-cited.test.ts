import { describe, expect, it } from 'vitest';
import { citedChart } from '../../src/lib/charts/cited';

describe('citedChart', () => {
  const items = [
    { label: 'Nghị quyết 76/NQ-CP', plans: 4, provinces: 3 },
    { label: 'Quyết định 1847/QĐ-TTg', plans: 2, provinces: 2 },
    { label: `Chương trình ${'rất '.repeat(30)}dài`, plans: 1, provinces: 1 },
  ];
  const chart = citedChart(items, { width: 400 });

  it('keeps the order given and puts plans and provinces on one scale', () => {
    expect(chart.rows.map((r) => r.plans)).toEqual([4, 2, 1]);
    expect(chart.rows[0]!.plansWidth / chart.rows[1]!.plansWidth).toBeCloseTo(2, 5);
    expect(chart.rows[0]!.provincesWidth / chart.rows[0]!.plansWidth).toBeCloseTo(0.75, 5);
    expect(chart.rows[0]!.y).toBeLessThan(chart.rows[1]!.y);
  });

  it('shows at most `top` documents and shortens long labels', () => {
    expect(citedChart(items, { top: 2 }).rows).toHaveLength(2);
    expect(chart.rows[2]!.shortLabel.length).toBe(80);
    expect(chart.rows[2]!.shortLabel.endsWith('…')).toBe(true);
    expect(chart.rows[0]!.shortLabel).toBe('Nghị quyết 76/NQ-CP');
  });

  it('ticks whole counts', () => {
    expect(chart.xTicks.map((t) => t.label)).toEqual(['0', '1', '2', '3', '4']);
  });
});
