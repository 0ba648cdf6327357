import { describe, expect, it } from 'vitest';
import { simplifyTopology } from '../../src/lib/map/simplify';
import { topology } from '../helpers/geo';

const points = (t: { arcs: unknown[][] }) => t.arcs.reduce((n, arc) => n + arc.length, 0);

describe('simplifyTopology', () => {
  const raw = topology();

  it('keeps about the asked share of points, and every arc with its two end points', () => {
    const total = points(raw);
    const simplified = simplifyTopology(raw, 0.1);
    expect(simplified.arcs).toHaveLength(raw.arcs.length);
    const kept = points(simplified);
    expect(kept).toBeLessThan(total * 0.25);
    expect(kept).toBeGreaterThanOrEqual(raw.arcs.length * 2);
    expect(points(simplifyTopology(raw, 0.5))).toBeGreaterThan(kept);
  });

  it('rejects a share outside (0, 1]', () => {
    expect(() => simplifyTopology(raw, 0)).toThrow(RangeError);
    expect(() => simplifyTopology(raw, 1.5)).toThrow(RangeError);
  });
});
