import { describe, expect, it } from 'vitest';
import { parsePeriod, quarterOf, taskInterval } from '../../src/lib/periods';
import { readPlans } from '../../scripts/lib/read-content';

describe('parsePeriod on every period phrase of the five seeds', () => {
  it.each([
    ['Quý I/2022', 2022, 'quarter', '2022-01-01', '2022-03-31', false],
    ['Quý 4/2022', 2022, 'quarter', '2022-10-01', '2022-12-31', false],
    ['Thường xuyên trong năm', 2022, 'continuous', '2022-01-01', '2022-12-31', true],
    ['Thường xuyên trong năm 2022', 2022, 'continuous', '2022-01-01', '2022-12-31', false],
    ['Tháng 12/2020', 2021, 'month', '2020-12-01', '2020-12-31', false],
    ['Tháng 01/2021', 2021, 'month', '2021-01-01', '2021-01-31', false],
    ['Tháng 12/2021', 2021, 'month', '2021-12-01', '2021-12-31', false],
    ['Thường xuyên trong năm 2021', 2021, 'continuous', '2021-01-01', '2021-12-31', false],
    ['Mỗi tháng', 2021, 'recurring', '2021-01-01', '2021-12-31', true],
    ['Quý II/2021', 2021, 'quarter', '2021-04-01', '2021-06-30', false],
    ['Quý III/2021', 2021, 'quarter', '2021-07-01', '2021-09-30', false],
    ['trước ngày 30/11/2022', 2022, 'deadline', null, '2022-11-30', false],
    ['trong Quý I năm 2024', 2024, 'quarter', '2024-01-01', '2024-03-31', false],
  ] as const)('%s', (text, year, kind, start, end, yearAssumed) => {
    expect(parsePeriod(text, { year })).toEqual({ text, kind, start, end, recurrence: kind === 'recurring' ? 'monthly' : null, yearAssumed });
  });

  it('reads every start and end cell of the seeds’ task tables', () => {
    const phrases = readPlans().flatMap((plan) =>
      plan.data.tasks
        .flatMap((task) => [task.start, task.end])
        .filter((p): p is string => p !== null)
        .map((p) => [p, plan.data.year] as const),
    );
    expect(phrases.length).toBe(30);
    expect(phrases.filter(([p, year]) => parsePeriod(p, { year }).kind === 'unparsed')).toEqual([]);
  });
});

describe('more forms and malformed phrases', () => {
  it('reads ranges, years, recurring and dated forms', () => {
    expect(parsePeriod('Tháng 01/2021 – Tháng 12/2021')).toMatchObject({ kind: 'range', start: '2021-01-01', end: '2021-12-31' });
    expect(parsePeriod('từ Quý II/2021 đến Quý III/2021')).toMatchObject({ kind: 'range', start: '2021-04-01', end: '2021-09-30' });
    expect(parsePeriod('năm 2022')).toMatchObject({ kind: 'year', start: '2022-01-01', end: '2022-12-31' });
    expect(parsePeriod('Hàng quý', { year: 2023 })).toMatchObject({ kind: 'recurring', recurrence: 'quarterly', start: '2023-01-01', yearAssumed: true });
    expect(parsePeriod('trước ngày 15 tháng 12 năm 2022')).toMatchObject({ kind: 'deadline', end: '2022-12-15' });
    expect(parsePeriod('Quý 1 năm 2022')).toMatchObject({ kind: 'quarter', start: '2022-01-01' });
    expect(parsePeriod('Thường xuyên')).toMatchObject({ kind: 'continuous', start: null, end: null, yearAssumed: false });
  });

  it.each(['Quý V/2022', 'Tháng 13/2021', 'trước ngày 31/02/2022', '', '   ', 'Sớm nhất có thể', 'Định kỳ Quý I, 06 tháng, một năm', 'Tháng 12/2021 – Tháng 01/2021', 'x'.repeat(500)])(
    'keeps %j as text, unparsed',
    (text) => {
      expect(parsePeriod(text, { year: 2022 })).toEqual({ text, kind: 'unparsed', start: null, end: null, recurrence: null, yearAssumed: false });
    },
  );

  it('makes task intervals and quarters', () => {
    expect(taskInterval(parsePeriod('Tháng 12/2020'), parsePeriod('Tháng 01/2021'))).toEqual({ start: '2020-12-01', end: '2021-01-31' });
    expect(taskInterval(null, parsePeriod('Quý I/2022'))).toEqual({ start: '2022-01-01', end: '2022-03-31' });
    expect(quarterOf('2022-11-30')).toEqual({ year: 2022, quarter: 4 });
  });
});
