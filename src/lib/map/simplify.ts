/**
 * Simplification of the province topology before drawing (topojson-simplify: Visvalingam
 * weights on the shared arcs, so neighbours keep one common border and no gaps open).
 */
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';

/**
 * Keeps the points of each arc whose triangle weight (area, in the topology's squared
 * degrees) is at least the `keep` quantile of all weights: 0.1 keeps about a tenth of
 * the points. Arc end points (where three provinces meet) are always kept.
 */
export function simplifyTopology<T extends Topology>(topology: T, keep: number): T {
  if (!(keep > 0 && keep <= 1)) throw new RangeError(`keep must be in (0, 1], got ${keep}`);
  const weighted = presimplify(topology as never) as unknown as T;
  // quantile(t, q) is the weight that a share q of the points reach or exceed.
  const minWeight = quantile(weighted as never, keep);
  return simplify(weighted as never, minWeight) as unknown as T;
}
