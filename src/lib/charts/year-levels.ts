/**
 * Plans per plan year, stacked by level (tỉnh / sở-ngành / huyện / xã): the counts and
 * the SVG-ready bars (d3-shape's stack, d3-scale's band and linear scales), axis ticks
 * labelled with Vietnamese number formatting. Pure.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { PLAN_LEVELS, type PlanLevel } from '../levels';
import { formatCount } from '../number-format';

export interface YearLevelRow {
  year: number;
  counts: Record<PlanLevel, number>;
  total: number;
}

/** One row per year from the first to the last plan year (a year without plans counts zero). */
export function countByYearAndLevel(plans: readonly { data: { year: number; level: PlanLevel } }[]): YearLevelRow[] {
  if (plans.length === 0) return [];
  const years = plans.map((plan) => plan.data.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const rows = new Map<number, YearLevelRow>();
  for (let year = first; year <= last; year++) rows.set(year, { year, counts: { tinh: 0, 'so-nganh': 0, huyen: 0, xa: 0 }, total: 0 });
  for (const plan of plans) {
    const row = rows.get(plan.data.year)!;
    row.counts[plan.data.level] += 1;
    row.total += 1;
  }
  return [...rows.values()];
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface StackedBar extends Bar {
  year: number;
  level: PlanLevel;
  count: number;
}
export interface Tick {
  /** Position along the axis, in pixels. */
  at: number;
  label: string;
}
export interface Plot {
  width: number;
  height: number;
  /** The plotting area inside the margins. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface StackedYearChart extends Plot {
  bars: StackedBar[];
  /** Totals above the columns. */
  totals: { x: number; y: number; label: string }[];
  xTicks: Tick[];
  yTicks: Tick[];
}

/** Integer ticks of a count axis: at most `count` of them, never fractions of a plan. */
export function countTicks(max: number, count = 4): number[] {
  const ticks = scaleLinear()
    .domain([0, Math.max(1, max)])
    .nice(count)
    .ticks(count)
    .filter(Number.isInteger);
  return ticks.length > 0 ? ticks : [0, 1];
}

export function stackedYearChart(rows: readonly YearLevelRow[], { width = 640, height = 240 } = {}): StackedYearChart {
  const plot = { width, height, left: 36, top: 18, right: width - 8, bottom: height - 28 };
  const max = Math.max(1, ...rows.map((row) => row.total));
  const ticks = countTicks(max);
  const y = scaleLinear()
    .domain([0, Math.max(max, ticks.at(-1)!)])
    .range([plot.bottom, plot.top]);
  const x = scaleBand<number>()
    .domain(rows.map((row) => row.year))
    .range([plot.left, plot.right])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const series = stack<YearLevelRow, PlanLevel>()
    .keys(PLAN_LEVELS)
    .value((row, level) => row.counts[level])(rows as YearLevelRow[]);
  const bars: StackedBar[] = [];
  for (const layer of series) {
    for (const point of layer) {
      const count = point[1] - point[0];
      if (count === 0) continue;
      const year = point.data.year;
      bars.push({ year, level: layer.key, count, x: round(x(year)!), width: round(x.bandwidth()), y: round(y(point[1])), height: round(y(point[0]) - y(point[1])) });
    }
  }
  return {
    ...plot,
    bars,
    totals: rows.filter((row) => row.total > 0).map((row) => ({ x: round(x(row.year)! + x.bandwidth() / 2), y: round(y(row.total) - 4), label: formatCount(row.total) })),
    xTicks: rows.map((row) => ({ at: round(x(row.year)! + x.bandwidth() / 2), label: String(row.year) })),
    yTicks: ticks.map((t) => ({ at: round(y(t)), label: formatCount(t) })),
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
