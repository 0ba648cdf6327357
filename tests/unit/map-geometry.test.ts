import { describe, expect, it } from 'vitest';
import { GeometryError, ISO_CORRECTIONS, matchProvinces, slugOf } from '../../src/lib/map/geometry';
import { reference, topology } from '../helpers/geo';

describe('matchProvinces', () => {
  it('matches the 63 geometries to the 63 provinces of provinces-vn.json, in its order', () => {
    const ref = reference();
    const matched = matchProvinces(topology(), ref);
    expect(matched.objects.provinces.geometries.map(slugOf)).toEqual(ref.units63.map((u) => u.slug));
    expect(matched.objects.provinces.geometries.every((g) => g.type === 'Polygon' || g.type === 'MultiPolygon')).toBe(true);
  });

  it('applies the recorded code correction (Phú Yên is VN-32, the file says VN-38)', () => {
    expect(ISO_CORRECTIONS).toEqual({ 'VN-38': 'VN-32' });
    const raw = topology();
    const collection = Object.values(raw.objects)[0] as unknown as { geometries: { properties: { shapeName: string; shapeISO: string } }[] };
    expect(collection.geometries.find((g) => g.properties.shapeName === 'Phu Yen')?.properties.shapeISO).toBe('VN-38');
    expect(reference().units63.find((u) => u.slug === 'phu-yen')?.iso3166_2).toBe('VN-32');
  });

  it('names the file and the geometry when a code matches no province or the names disagree', () => {
    const raw = topology();
    const collection = Object.values(raw.objects)[0] as unknown as { geometries: { properties: { shapeName: string; shapeISO: string } }[] };
    collection.geometries[0]!.properties.shapeISO = 'VN-99';
    expect(() => matchProvinces(raw, reference())).toThrow(GeometryError);
    expect(() => matchProvinces(raw, reference())).toThrow(/vnm-adm1\.topojson: geometries\[0\] \("An Giang", VN-99\) matches no province/);
    collection.geometries[0]!.properties.shapeISO = 'VN-HN';
    expect(() => matchProvinces(raw, reference())).toThrow(/named "An Giang" but its code VN-HN is Hà Nội/);
  });

  it('fails when a province has no geometry', () => {
    const raw = topology();
    const collection = Object.values(raw.objects)[0] as unknown as { geometries: unknown[] };
    collection.geometries.pop();
    expect(() => matchProvinces(raw, reference())).toThrow(/no geometry for Hồ Chí Minh/);
  });
});
