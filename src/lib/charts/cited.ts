/**
 * The documents most cited: for each, how many plans and how many provinces cite it, as
 * pairs of horizontal bars on one count scale (d3-scale). Pure.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { countTicks, type Plot, type Tick } from './year-levels';
import { formatCount } from '../number-format';

export interface CitedItem {
  label: string;
  plans: number;
  provinces: number;
}

export interface CitedRow extends CitedItem {
  /** The label as drawn: at most 80 characters, cut with "…". */
  shortLabel: string;
  y: number;
  /** Band height: the two bars share it. */
  height: number;
  plansWidth: number;
  provincesWidth: number;
}

export interface CitedChart extends Plot {
  rows: CitedRow[];
  xTicks: Tick[];
}

/** The first `top` items (already in the order to show), drawn `width` wide; labels sit above their bars. */
export function citedChart(items: readonly CitedItem[], { width = 640, top = 10, rowHeight = 40 } = {}): CitedChart {
  const shown = items.slice(0, top);
  const height = 8 + shown.length * rowHeight + 22;
  const plot = { width, height, left: 8, top: 8, right: width - 40, bottom: height - 22 };
  const max = Math.max(1, ...shown.flatMap((i) => [i.plans, i.provinces]));
  const ticks = countTicks(max);
  const x = scaleLinear()
    .domain([0, Math.max(max, ticks.at(-1)!)])
    .range([0, plot.right - plot.left]);
  const y = scaleBand<number>()
    .domain(shown.map((_, i) => i))
    .range([plot.top, plot.bottom])
    .paddingInner(0.15);
  return {
    ...plot,
    rows: shown.map((item, i) => ({
      ...item,
      shortLabel: item.label.length > 80 ? `${item.label.slice(0, 79)}…` : item.label,
      y: round(y(i)!),
      height: round(y.bandwidth()),
      plansWidth: round(x(item.plans)),
      provincesWidth: round(x(item.provinces)),
    })),
    xTicks: ticks.map((t) => ({ at: round(plot.left + x(t)), label: formatCount(t) })),
  };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
