/**
 * How periods and task intervals read on the pages.
 */
import type { Period } from './periods';
import { quarterOf } from './periods';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Quý I/2022" for an ISO date's quarter. */
export function quarterLabel(isoDate: string): string {
  const { year, quarter } = quarterOf(isoDate);
  return `Quý ${ROMAN[quarter - 1]}/${year}`;
}

/** "01/2021" for an ISO date. */
function monthYear(isoDate: string): string {
  return `${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}

/** A short reading of an interval: "01/2021 – 12/2021", "đến 30/11/2022", "không rõ thời gian". */
export function intervalLabel(interval: { start: string | null; end: string | null }): string {
  const { start, end } = interval;
  if (!start && !end) return 'không rõ thời gian';
  if (!start) return `đến ${end!.slice(8, 10)}/${monthYear(end!)}`;
  if (!end || start.slice(0, 7) === end.slice(0, 7)) return monthYear(start);
  return `${monthYear(start)} – ${monthYear(end)}`;
}

/** Says when a period was read with the plan's year, or could not be read. */
export function periodNote(period: Period | null): string | null {
  if (!period) return null;
  if (period.kind === 'unparsed') return 'không đọc được thời gian';
  if (period.yearAssumed) return 'năm theo năm kế hoạch';
  return null;
}
