import { describe, expect, it } from 'vitest';
import { shadeCounts } from '../../src/lib/map/shading';

describe('shadeCounts', () => {
  it('keeps "no plan" a class of its own and bounds the others at round numbers', () => {
    const shading = shadeCounts([0, 1, 2, 5, 30]);
    expect(shading.classes.map((c) => [c.min, c.max, c.label])).toEqual([
      [0, 0, 'Chưa có kế hoạch'],
      [1, 9, '1–9'],
      [10, 19, '10–19'],
      [20, 29, '20–29'],
      [30, 30, '30'],
    ]);
    expect([0, 1, 9, 10, 29, 30].map(shading.classOf)).toEqual([0, 1, 1, 2, 3, 4]);
  });

  it('gives one class per count when counts are small', () => {
    expect(shadeCounts([0, 1, 1, 2]).classes.map((c) => c.label)).toEqual(['Chưa có kế hoạch', '1', '2']);
    expect(shadeCounts([0, 0]).classes).toHaveLength(1);
  });

  it('writes large bounds in Vietnamese number format', () => {
    expect(shadeCounts([0, 4000]).classes.at(-1)!.label).toMatch(/^\d\.\d{3}–4\.000$|^4\.000$/);
  });

  it('rejects negative or fractional counts', () => {
    expect(() => shadeCounts([-1])).toThrow(RangeError);
    expect(() => shadeCounts([1.5])).toThrow(RangeError);
  });
});
