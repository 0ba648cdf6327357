import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvBytes, csvField, defuseCsvCell, toCsv } from '../../src/lib/csv';

/** What a spreadsheet would take as a formula: a cell starting with = + - @, tab or CR (OWASP). */
const isFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

describe('CSV', () => {
  it('prefixes with an apostrophe every text cell a spreadsheet would read as a formula', () => {
    expect(['=HYPERLINK("http://x","y")', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx', '- Các sản phẩm', 'Tuyên truyền', ''].map(defuseCsvCell)).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+1",
      "'-1+2",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      "'- Các sản phẩm",
      'Tuyên truyền',
      '',
    ]);
    expect([csvField(-5), csvField(2024), csvField(null)]).toEqual(['-5', '2024', '']);
  });

  it('any row parses back (as a spreadsheet reads it) with no live formula and the text kept after the apostrophe', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('=1+1', '- a', '@x', '\t=1', '\r=1', '"=1"', 'a,b', 'a\r\nb')), { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          const width = Math.max(1, ...rows.map((r) => r.length));
          const padded = rows.map((r) => [...r, ...Array(width - r.length).fill('x')]);
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const parsed = parse(toCsv(header, padded), { bom: true, relax_column_count: false }) as string[][];
          expect(parsed).toHaveLength(padded.length + 1);
          parsed.slice(1).forEach((row, i) =>
            row.forEach((cell, j) => {
              expect(isFormula(cell)).toBe(false);
              const original = padded[i]![j]!;
              expect(cell).toBe(isFormula(original) ? `'${original}` : original);
            }),
          );
        },
      ),
    );
  });

  it('writes the same CSV as bytes, row by row (csvBytes, for files longer than a string)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null), fc.constantFrom('=1', 'Đ,ư', 'a\r\nb')), { minLength: 2, maxLength: 2 }), { maxLength: 6 }),
        (rows) => {
          expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csvBytes(['a', 'b'], rows))).toBe(toCsv(['a', 'b'], rows));
        },
      ),
    );
    expect([...csvBytes(['a'], []).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
