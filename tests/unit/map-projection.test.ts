import { describe, expect, it } from 'vitest';
import { fitPlanar } from '../../src/lib/map/projection';

describe('fitPlanar', () => {
  const fitted = fitPlanar([102, 7, 118, 24], 400, 5);

  it('fits the box into the width with its margin, north up', () => {
    expect(fitted.point(102, 24)).toEqual([5, 5]);
    const [x, y] = fitted.point(118, 7);
    expect(x).toBeCloseTo(395, 9);
    expect(y).toBeLessThanOrEqual(fitted.height - 5);
    expect(y).toBeGreaterThan(fitted.height - 6);
    expect(fitted.point(110, 20)[1]).toBeLessThan(fitted.point(110, 10)[1]);
  });

  it('shortens longitudes by cos 16° (equirectangular, standard parallel 16°N)', () => {
    const [x0, y0] = fitted.point(105, 16);
    const [x1] = fitted.point(106, 16);
    const [, y1] = fitted.point(105, 15);
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(Math.cos((16 * Math.PI) / 180), 9);
  });

  it('draws SVG path data rounded to the asked digits', () => {
    const d = fitted.path({
      type: 'Polygon',
      coordinates: [
        [
          [102, 24],
          [103, 24],
          [103, 23],
          [102, 24],
        ],
      ],
    });
    expect(d).toMatch(/^M5,5L\d+(\.\d)?,5L\d+(\.\d)?,\d+(\.\d)?Z$/);
  });

  it('rejects an empty box', () => {
    expect(() => fitPlanar([110, 10, 110, 12], 100)).toThrow(RangeError);
  });
});
