/**
 * Shading of a map by counts (a choropleth): count classes with round bounds from
 * d3-scale's nice ticks, "no plan" always a class of its own, labels in Vietnamese
 * number format.
 */
import { scaleLinear } from 'd3-scale';
import { formatCount } from '../number-format';

export interface ShadeClass {
  /** 0 for "no plan", then 1… darker. */
  index: number;
  min: number;
  /** Inclusive upper bound; Infinity for the last class. */
  max: number;
  label: string;
}

export interface Shading {
  classes: ShadeClass[];
  classOf(count: number): number;
}

/** At most `steps` classes above zero, bounds at round numbers. */
export function shadeCounts(counts: readonly number[], steps = 4): Shading {
  if (counts.some((c) => !Number.isInteger(c) || c < 0)) throw new RangeError('counts must be non-negative integers');
  const max = Math.max(0, ...counts);
  const classes: ShadeClass[] = [{ index: 0, min: 0, max: 0, label: 'Chưa có kế hoạch' }];
  if (max > 0) {
    // Lower bounds of the classes: 1, then round ticks between 1 and the maximum.
    const ticks = scaleLinear()
      .domain([1, max])
      .nice(steps)
      .ticks(steps)
      .map(Math.ceil)
      .filter((t) => t > 1 && t <= max);
    const lows = [...new Set([1, ...ticks])].slice(0, steps);
    lows.forEach((low, i) => {
      const next = lows[i + 1];
      const high = next === undefined ? max : next - 1;
      classes.push({ index: i + 1, min: low, max: high, label: low === high ? formatCount(low) : `${formatCount(low)}–${formatCount(high)}` });
    });
  }
  return {
    classes,
    classOf(count) {
      for (let i = classes.length - 1; i >= 0; i--) if (count >= classes[i]!.min) return classes[i]!.index;
      return 0;
    },
  };
}
