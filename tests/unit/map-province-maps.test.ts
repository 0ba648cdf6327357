import { describe, expect, it } from 'vitest';
import { buildLocator, buildProvinceMaps } from '../../src/lib/map/province-maps';
import { reference, topology } from '../helpers/geo';

describe('buildProvinceMaps', () => {
  const ref = reference();
  const maps = buildProvinceMaps(topology(), ref);

  it('draws the 63 units and the 34 units inside the same viewBox', () => {
    expect(maps.units63.map((s) => s.slug)).toEqual(ref.units63.map((u) => u.slug));
    expect(maps.units2025.map((s) => s.slug)).toEqual(ref.units2025.map((u) => u.slug));
    for (const shape of [...maps.units63, ...maps.units2025]) {
      expect(shape.d, shape.slug).toMatch(/^M[\d.,]+/);
      const [x0, y0, x1, y1] = shape.box;
      expect(x0, shape.slug).toBeGreaterThanOrEqual(0);
      expect(y0, shape.slug).toBeGreaterThanOrEqual(0);
      expect(x1, shape.slug).toBeLessThanOrEqual(maps.width);
      expect(y1, shape.slug).toBeLessThanOrEqual(maps.height);
      expect(shape.anchor[0]).toBeGreaterThanOrEqual(x0);
      expect(shape.anchor[0]).toBeLessThanOrEqual(x1);
    }
  });

  it('puts south below north: Hà Giang above Cà Mau', () => {
    const y = (slug: string) => maps.units63.find((s) => s.slug === slug)!.anchor[1];
    expect(y('ha-giang')).toBeLessThan(y('quang-tri'));
    expect(y('quang-tri')).toBeLessThan(y('ca-mau'));
  });

  it('keeps Hoàng Sa with Đà Nẵng and Trường Sa with Khánh Hòa, as dots, in both eras', () => {
    const withDots = (shapes: typeof maps.units63) => shapes.filter((s) => s.dots !== '').map((s) => s.slug);
    expect(withDots(maps.units63)).toEqual(['da-nang', 'khanh-hoa']);
    expect(withDots(maps.units2025)).toEqual(
      ['khanh-hoa', 'da-nang'].filter((slug) => ref.units2025.some((u) => u.slug === slug)).sort((a, b) => ref.units2025.findIndex((u) => u.slug === a) - ref.units2025.findIndex((u) => u.slug === b)),
    );
    const dots = maps.units63.find((s) => s.slug === 'khanh-hoa')!.dots.match(/M/g)!.length;
    expect(dots).toBeGreaterThan(50);
    expect(maps.archipelagos63.map((a) => [a.name, a.slug])).toEqual([
      ['Quần đảo Hoàng Sa', 'da-nang'],
      ['Quần đảo Trường Sa', 'khanh-hoa'],
    ]);
    // East of the mainland: the label sits right of every mainland anchor.
    const eastmost = Math.max(...maps.units63.map((s) => s.anchor[0]));
    for (const label of maps.archipelagos2025) expect(label.x).toBeGreaterThan(eastmost);
  });

  it('merges: the 2025 Quảng Trị is drawn where Quảng Bình and Quảng Trị were', () => {
    const box = (shapes: typeof maps.units63, slug: string) => shapes.find((s) => s.slug === slug)!.box;
    const merged = box(maps.units2025, 'quang-tri');
    const [qb, qt] = [box(maps.units63, 'quang-binh'), box(maps.units63, 'quang-tri')];
    expect(merged[0]).toBeCloseTo(Math.min(qb[0], qt[0]), 0);
    expect(merged[1]).toBeCloseTo(Math.min(qb[1], qt[1]), 0);
    expect(merged[3]).toBeCloseTo(Math.max(qb[3], qt[3]), 0);
  });

  it('is deterministic', () => {
    expect(buildProvinceMaps(topology(), ref)).toEqual(maps);
  });
});

describe('buildLocator', () => {
  const { units63, units2025 } = buildLocator(topology(), reference());

  it('gives every unit of both eras a map with the country outline and the archipelagos', () => {
    expect(units63.size).toBe(63);
    expect(units2025.size).toBe(34);
    const map = units63.get('ha-tinh')!;
    expect(map.outline).toMatch(/^M/);
    expect(map.dots).toMatch(/^M[\d.]+ [\d.]+h0/);
    expect(map.unit.slug).toBe('ha-tinh');
    expect(units2025.get('quang-tri')!.unit.d).not.toEqual(units63.get('quang-tri')!.unit.d);
  });
});
