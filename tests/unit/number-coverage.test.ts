import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_LIKE, uncoveredNumbers } from '../../src/lib/number-coverage';

describe('uncoveredNumbers', () => {
  it('finds number-like text outside the spans', () => {
    const text = 'Theo 84/KH-UBND và 12/ QĐ UBND.';
    expect(uncoveredNumbers(text, [{ start: 5, end: 15 }]).map((u) => u.match)).toEqual(['12/ QĐ']);
  });

  it('agrees with the quadratic definition on any spans, nested or overlapping', () => {
    const text = Array.from({ length: 40 }, (_, i) => `${i}/KH-UBND x`).join(' ');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(text.length), fc.nat(60)), { maxLength: 30 }), (pairs) => {
        const spans = pairs.map(([start, length]) => ({ start, end: start + length }));
        const naive = [...text.matchAll(NUMBER_LIKE)].filter((m) => !spans.some((s) => s.start <= m.index && m.index < s.end)).map((m) => m.index);
        expect(uncoveredNumbers(text, spans).map((u) => u.index)).toEqual(naive);
      }),
    );
  });
});
