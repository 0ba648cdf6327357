/**
 * Indices targeted by year: for each index (PAR INDEX, PAPI, PCI, SIPAS…), how many plans
 * of each plan year name it; drawn as small multiples, one row of columns per index, all
 * on one scale. Pure.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { countTicks, type Bar, type Plot, type Tick } from './year-levels';

export interface IndexYearRow {
  id: string;
  label: string;
  /** Plans per year, for every year of the corpus. */
  counts: { year: number; count: number }[];
  total: number;
}

export function countIndicesByYear(indices: readonly { id: string; label: string }[], plans: readonly { data: { year: number; indices: readonly string[] } }[]): IndexYearRow[] {
  if (plans.length === 0) return [];
  const years = plans.map((plan) => plan.data.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  return indices.map(({ id, label }) => {
    const counts = [];
    for (let year = first; year <= last; year++) counts.push({ year, count: plans.filter((plan) => plan.data.year === year && plan.data.indices.includes(id)).length });
    return { id, label, counts, total: counts.reduce((n, c) => n + c.count, 0) };
  });
}

export interface IndexYearBar extends Bar {
  id: string;
  year: number;
  count: number;
}
export interface IndexYearChart extends Plot {
  /** One band per index: its label and where its row sits. */
  rows: { id: string; label: string; y: number; height: number }[];
  bars: IndexYearBar[];
  xTicks: Tick[];
  /** Largest count, for the scale note ("cột cao nhất: 3 kế hoạch"). */
  max: number;
}

export function indexYearChart(rows: readonly IndexYearRow[], { width = 640, rowHeight = 34 } = {}): IndexYearChart {
  const years = rows[0]?.counts.map((c) => c.year) ?? [];
  const height = 24 + rows.length * rowHeight + 24;
  const plot = { width, height, left: 96, top: 12, right: width - 8, bottom: height - 24 };
  const band = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([plot.top, plot.bottom])
    .paddingInner(0.2);
  const x = scaleBand<number>().domain(years).range([plot.left, plot.right]).paddingInner(0.3).paddingOuter(0.1);
  const max = Math.max(1, ...rows.flatMap((r) => r.counts.map((c) => c.count)));
  const top = countTicks(max).at(-1)!;
  const h = scaleLinear()
    .domain([0, Math.max(max, top)])
    .range([0, band.bandwidth()]);
  const bars: IndexYearBar[] = [];
  for (const row of rows) {
    const base = band(row.id)! + band.bandwidth();
    for (const { year, count } of row.counts) {
      if (count === 0) continue;
      bars.push({ id: row.id, year, count, x: round(x(year)!), width: round(x.bandwidth()), y: round(base - h(count)), height: round(h(count)) });
    }
  }
  return {
    ...plot,
    rows: rows.map((r) => ({ id: r.id, label: r.label, y: round(band(r.id)!), height: round(band.bandwidth()) })),
    bars,
    xTicks: years.map((year) => ({ at: round(x(year)! + x.bandwidth() / 2), label: String(year) })),
    max,
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
