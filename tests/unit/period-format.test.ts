import { describe, expect, it } from 'vitest';
import { intervalLabel, periodNote, quarterLabel } from '../../src/lib/period-format';
import { parsePeriod } from '../../src/lib/periods';

describe('period-format', () => {
  it('names the quarter of a date in Roman numerals', () => {
    expect(quarterLabel('2022-01-15')).toBe('Quý I/2022');
    expect(quarterLabel('2022-12-31')).toBe('Quý IV/2022');
  });

  it('reads an interval by month, a deadline by day, and says when nothing is known', () => {
    expect(intervalLabel({ start: '2021-01-01', end: '2021-12-31' })).toBe('01/2021 – 12/2021');
    expect(intervalLabel({ start: '2021-03-01', end: '2021-03-31' })).toBe('03/2021');
    expect(intervalLabel({ start: '2021-03-01', end: null })).toBe('03/2021');
    expect(intervalLabel({ start: null, end: '2022-11-30' })).toBe('đến 30/11/2022');
    expect(intervalLabel({ start: null, end: null })).toBe('không rõ thời gian');
  });

  it('notes a period that could not be read, or whose year is the plan’s', () => {
    expect(periodNote(null)).toBeNull();
    expect(periodNote(parsePeriod('abc xyz'))).toBe('không đọc được thời gian');
    expect(periodNote(parsePeriod('Thường xuyên', { year: 2024 }))).toBe('năm theo năm kế hoạch');
    expect(periodNote(parsePeriod('Quý II/2024'))).toBeNull();
  });
});
