import { describe, expect, it } from 'vitest';
import { countIndicesByYear, indexYearChart } from '../../src/lib/charts/index-years';

const plan = (year: number, indices: string[]) => ({ data: { year, indices } });
const indices = [
  { id: 'par-index', label: 'PAR INDEX' },
  { id: 'pci', label: 'PCI' },
];

describe('countIndicesByYear', () => {
  it('counts, per index and year, the plans that name it', () => {
    const rows = countIndicesByYear(indices, [plan(2021, ['pci']), plan(2022, ['pci', 'par-index']), plan(2022, [])]);
    expect(rows.map((r) => [r.id, r.counts.map((c) => c.count), r.total])).toEqual([
      ['par-index', [0, 1], 1],
      ['pci', [1, 1], 2],
    ]);
  });
});

describe('indexYearChart', () => {
  const rows = countIndicesByYear(indices, [plan(2021, ['pci']), plan(2022, ['pci', 'par-index']), plan(2022, ['pci'])]);
  const chart = indexYearChart(rows);

  it('draws one row per index, on one scale, columns standing on their row', () => {
    expect(chart.rows.map((r) => r.label)).toEqual(['PAR INDEX', 'PCI']);
    expect(chart.max).toBe(2);
    const pci2022 = chart.bars.find((b) => b.id === 'pci' && b.year === 2022)!;
    const par2022 = chart.bars.find((b) => b.id === 'par-index' && b.year === 2022)!;
    expect(pci2022.height).toBeCloseTo(par2022.height * 2, 0);
    const row = chart.rows.find((r) => r.id === 'pci')!;
    expect(pci2022.y + pci2022.height).toBeCloseTo(row.y + row.height, 1);
    expect(chart.bars.some((b) => b.id === 'par-index' && b.year === 2021)).toBe(false);
  });
});
