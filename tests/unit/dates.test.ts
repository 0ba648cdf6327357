import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatLongVi, formatShortVi, parseIsoPartialDate, parseVietnameseDate, toIsoPartial } from '../../src/lib/dates';

describe('parseVietnameseDate', () => {
  it.each([
    ['ngày 06 tháng 12 năm 2023', { year: 2023, month: 12, day: 6 }],
    ['ngày 12 tháng 01 năm 2024', { year: 2024, month: 1, day: 12 }],
    ['ngày 16 tháng 6 năm 2025', { year: 2025, month: 6, day: 16 }],
    ['12/01/2024', { year: 2024, month: 1, day: 12 }],
    ['ngày 28/3/2022', { year: 2022, month: 3, day: 28 }],
    ['01-10-1997', { year: 1997, month: 10, day: 1 }],
    ['tháng 01 năm 2024', { year: 2024, month: 1, day: null }],
    ['ngày tháng 01 năm 2024', { year: 2024, month: 1, day: null }],
    ['ngày   tháng   năm 2022', { year: 2022, month: null, day: null }],
    ['ngày tháng năm 2022', { year: 2022, month: null, day: null }],
    ['12/2020', { year: 2020, month: 12, day: null }],
    ['2022', { year: 2022, month: null, day: null }],
  ])('%s', (input, expected) => {
    expect(parseVietnameseDate(input)).toEqual(expected);
  });

  it('reads decomposed (NFD) text the same as composed text', () => {
    expect(parseVietnameseDate('ngày 06 tháng 12 năm 2023'.normalize('NFD'))).toEqual({ year: 2023, month: 12, day: 6 });
  });

  it('rejects impossible dates with a message', () => {
    expect(parseVietnameseDate('31/02/2024')).toMatch(/day 31 does not exist in 02\/2024/);
    expect(parseVietnameseDate('ngày 29 tháng 02 năm 2023')).toMatch(/does not exist/);
    expect(parseVietnameseDate('ngày 29 tháng 02 năm 2024')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseVietnameseDate('tháng 13 năm 2024')).toMatch(/month 13/);
  });

  it('returns null for what is not a date', () => {
    for (const input of ['Quý I/2022', '2021-2030', 'số lượng 24 bài', '', 'TCVN ISO 9001:2015']) {
      expect(parseVietnameseDate(input)).toBeNull();
    }
  });
});

describe('ISO partial dates', () => {
  it('round-trips full, month and year dates', () => {
    for (const value of ['2024-01-12', '2024-01', '2022']) {
      const date = parseIsoPartialDate(value);
      expect(typeof date).toBe('object');
      expect(toIsoPartial(date as never)).toBe(value);
    }
  });
  it('rejects 2024-02-31 and malformed values', () => {
    expect(parseIsoPartialDate('2024-02-31')).toMatch(/day 31/);
    expect(parseIsoPartialDate('12/01/2024')).toMatch(/not a date of the form/);
    expect(parseIsoPartialDate('2024-1-5')).toMatch(/not a date of the form/);
  });
});

describe('formatting', () => {
  it('writes the long form as NĐ 30/2020 prints it, blanks for unknown parts', () => {
    expect(formatLongVi({ year: 2024, month: 1, day: 12 })).toBe('ngày 12 tháng 01 năm 2024');
    expect(formatLongVi({ year: 2019, month: 6, day: 29 })).toBe('ngày 29 tháng 6 năm 2019');
    expect(formatLongVi({ year: 2020, month: 1, day: 5 })).toBe('ngày 05 tháng 01 năm 2020');
    expect(formatLongVi({ year: 2024, month: 1, day: null })).toBe('ngày … tháng 01 năm 2024');
    expect(formatLongVi({ year: 2022, month: null, day: null })).toBe('ngày … tháng … năm 2022');
  });
  it('writes the short form', () => {
    expect(formatShortVi({ year: 2024, month: 1, day: 12 })).toBe('12/01/2024');
    expect(formatShortVi({ year: 2024, month: 1, day: null })).toBe('01/2024');
    expect(formatShortVi({ year: 2022, month: null, day: null })).toBe('2022');
  });
  it('orders partial dates before the full dates they contain', () => {
    const dates = [
      { year: 2024, month: 1, day: 12 },
      { year: 2022, month: null, day: null },
      { year: 2024, month: 1, day: null },
      { year: 2020, month: 12, day: 30 },
    ];
    expect([...dates].sort(comparePartialDates).map(toIsoPartial)).toEqual(['2020-12-30', '2022', '2024-01', '2024-01-12']);
  });
});
