import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import { matchProvinces } from '../../src/lib/map/geometry';
import { mergeSuccessors } from '../../src/lib/map/merge';
import { reference, topology } from '../helpers/geo';

/** Planar area (square degrees) of a (Multi)Polygon, exterior rings minus holes. */
function area(geometry: { type: string; coordinates: unknown }): number {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as number[][][][];
  const ring = (r: number[][]) => {
    let a = 0;
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j]![0]! + r[i]![0]!) * (r[j]![1]! - r[i]![1]!);
    return a / 2;
  };
  return polygons.reduce((sum, [outer, ...holes]) => sum + Math.abs(ring(outer!)) - holes.reduce((h, r) => h + Math.abs(ring(r)), 0), 0);
}

describe('mergeSuccessors', () => {
  const ref = reference();
  const matched = matchProvinces(topology(), ref);
  const merged = mergeSuccessors(matched, ref);

  it('gives the 34 units of 2025, each made of exactly the predecessors of the successor table', () => {
    expect(merged).toHaveLength(34);
    expect(merged.map((u) => u.slug)).toEqual(ref.units2025.map((u) => u.slug));
    for (const unit of merged) {
      const expected = ref.units63.filter((old) => old.successor2025 === unit.slug).map((old) => old.slug);
      expect(unit.members, unit.slug).toEqual(expected);
      expect([...unit.members].sort(), unit.slug).toEqual([...ref.units2025.find((u) => u.slug === unit.slug)!.predecessors].sort());
    }
    expect(merged.flatMap((u) => u.members).sort()).toEqual(ref.units63.map((u) => u.slug).sort());
  });

  it('keeps the area of every predecessor: a merged unit covers the sum of its members', () => {
    const byOld = new Map(
      matched.objects.provinces.geometries.map((g) => [
        (g.properties as { slug: string }).slug,
        area((feature(matched, g) as unknown as { geometry: { type: string; coordinates: unknown } }).geometry),
      ]),
    );
    for (const unit of merged) {
      const sum = unit.members.reduce((s, m) => s + byOld.get(m)!, 0);
      expect(area(unit.geometry) / sum, unit.slug).toBeCloseTo(1, 6);
    }
  });

  it('removes the borders between merged provinces: Quảng Trị 2025 has one mainland polygon, not two', () => {
    const quangTri = merged.find((u) => u.slug === 'quang-tri')!;
    expect(quangTri.members).toEqual(['quang-binh', 'quang-tri']);
    const big = quangTri.geometry.coordinates.filter((p) => area({ type: 'Polygon', coordinates: p }) > 0.05);
    expect(big).toHaveLength(1);
  });

  it('refuses a successor table that disagrees with the predecessor lists', () => {
    const broken = reference();
    broken.units63.find((u) => u.slug === 'quang-binh')!.successor2025 = 'ha-tinh';
    expect(() => mergeSuccessors(matched, broken)).toThrow(/units2025 "ha-tinh" lists predecessors ha-tinh but the successor2025 column gives/);
  });
});
