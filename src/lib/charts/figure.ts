/**
 * What every chart figure of the portal shares: the ids that tie the SVG to its title and
 * description and the figure to its caption, counts in Vietnamese number format, and the
 * one-line summary its description reads out. Pure.
 */

import { formatCount } from '../number-format';

export interface ChartIds {
  caption: string;
  title: string;
  desc: string;
  /** The SVG's aria-labelledby: its title, then its description. */
  labelledBy: string;
}

/** The ids of a chart figure whose own id is `id`. */
export function chartIds(id: string): ChartIds {
  return { caption: `${id}-cap`, title: `${id}-t`, desc: `${id}-d`, labelledBy: `${id}-t ${id}-d` };
}

/** "PCI: 5; PAPI: 3": each item's label and count, as a description reads them. */
export function countSummary<T>(items: readonly T[], label: (item: T) => string | number, count: (item: T) => number): string {
  return items.map((item) => `${label(item)}: ${formatCount(count(item))}`).join('; ');
}

/** The props of a chart component: its figure's id and its data rows. */
export interface ChartProps<Row> {
  id: string;
  rows: Row[];
}
