// Split from tests/unit/search.test.ts (one test file per module); assertions unchanged.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STROKE, foldForIndex, foldQuery, unfoldForDisplay } from '../../../src/lib/search/fold';
import { foldVietnamese } from '../../../src/lib/slug';

describe('fold: đ/Đ for the index, reversibly', () => {
  it('writes đ and Đ as d/D + U+0335 and restores them', () => {
    expect(foldForIndex('Báo Đồng Khởi, Đảng bộ, đài')).toBe(`Báo D${STROKE}ồng Khởi, D${STROKE}ảng bộ, d${STROKE}ài`);
    expect(unfoldForDisplay(foldForIndex('Báo Đồng Khởi, Đảng bộ, đài'))).toBe('Báo Đồng Khởi, Đảng bộ, đài');
  });

  it('folds to what Pagefind folds to: stripping combining marks gives the accent-free word', () => {
    const folded = foldForIndex('Đồng Khởi Đài Phát thanh Đảng').normalize('NFD').replace(/\p{M}/gu, '');
    expect(folded).toBe(foldVietnamese('Đồng Khởi Đài Phát thanh Đảng'));
  });

  it('refuses text that already contains the reserved mark, naming where', () => {
    expect(() => foldForIndex(`ab${STROKE}c`)).toThrow(/U\+0335.*position 2/);
  });

  it('folds a query like the index, reading the Icelandic eth as Đ and dropping a stray U+0335', () => {
    expect(foldQuery('Đồng Khởi')).toBe(`D${STROKE}ồng Khởi`);
    expect(foldQuery('Ðồng')).toBe(`D${STROKE}ồng`);
    expect(foldQuery('ðảng')).toBe(`d${STROKE}ảng`);
    expect(foldQuery('Đồng'.normalize('NFD'))).toBe(`D${STROKE}ồng`);
    expect(foldQuery(`d${STROKE}ong`)).toBe('dong');
  });

  it('round-trips any text without U+0335 (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'd', 'D', 'đ', 'Đ', 'ồ', ' ', '\u0301', 'x') }), (text) => {
        expect(unfoldForDisplay(foldForIndex(text))).toBe(text);
      }),
      { seed: 6, numRuns: 2000 },
    );
  });
});
