/**
 * Periods as plans write them in task tables and deadlines: "Quý I/2022", "Tháng 01/2021",
 * "Thường xuyên trong năm 2021", "Mỗi tháng", "trước ngày 30/11/2022", "trong Quý I năm
 * 2024", ranges of these. Each becomes an interval of calendar days with the original
 * text kept; a phrase this parser cannot read is kept as text and marked "unparsed", never
 * guessed. A year the phrase does not state may come from the plan (the caller's context),
 * and the result says so.
 */
import { daysInMonth } from './dates';

export type PeriodKind = 'date' | 'month' | 'quarter' | 'year' | 'range' | 'deadline' | 'continuous' | 'recurring' | 'unparsed';

export interface Period {
  /** The phrase as written. */
  text: string;
  kind: PeriodKind;
  /** First day of the interval (ISO), or null (a deadline has no start). */
  start: string | null;
  /** Last day of the interval (ISO), or null. */
  end: string | null;
  /** For "mỗi tháng", "hàng quý": how often within the interval. */
  recurrence: 'monthly' | 'quarterly' | null;
  /** True when the year is the plan's, not written in the phrase. */
  yearAssumed: boolean;
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const YEAR = String.raw`((?:19|20)\d{2})`;
const SEP = String.raw`\s*(?:\/|năm)\s*`;

interface Interval {
  kind: PeriodKind;
  start: string | null;
  end: string | null;
  yearAssumed: boolean;
  recurrence: Period['recurrence'];
}

function quarter(q: number, year: number): Interval {
  return { kind: 'quarter', start: iso(year, q * 3 - 2, 1), end: iso(year, q * 3, daysInMonth(year, q * 3)), yearAssumed: false, recurrence: null };
}

/** Reads one period without a range; null when the phrase is not one this parser knows. */
function single(phrase: string, contextYear: number | null): Interval | null {
  const p = phrase
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,]$/, '');
  let m = new RegExp(String.raw`^(?:trong\s+)?quý\s+(I{1,3}|IV|[1-4])${SEP}${YEAR}$`, 'iu').exec(p);
  if (m) return quarter(ROMAN[m[1]!.toUpperCase()] ?? Number(m[1]), Number(m[2]));
  m = new RegExp(String.raw`^(?:trong\s+)?tháng\s+(\d{1,2})${SEP}${YEAR}$`, 'iu').exec(p);
  if (m) {
    const month = Number(m[1]);
    const year = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { kind: 'month', start: iso(year, month, 1), end: iso(year, month, daysInMonth(year, month)), yearAssumed: false, recurrence: null };
  }
  m = new RegExp(String.raw`^(?:trong\s+)?năm\s+${YEAR}$`, 'iu').exec(p);
  if (m) return { kind: 'year', start: iso(Number(m[1]), 1, 1), end: iso(Number(m[1]), 12, 31), yearAssumed: false, recurrence: null };
  m = new RegExp(String.raw`^(?:trước|chậm nhất|hạn chót|trước hoặc trong)\s+ngày\s+(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*${YEAR}$`, 'iu').exec(p);
  if (m) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return { kind: 'deadline', start: null, end: iso(year, month, day), yearAssumed: false, recurrence: null };
  }
  m = new RegExp(String.raw`^(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*${YEAR}$`, 'iu').exec(p);
  if (m) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return { kind: 'date', start: iso(year, month, day), end: iso(year, month, day), yearAssumed: false, recurrence: null };
  }
  m = new RegExp(String.raw`^thường xuyên(?:\s+(?:trong|cả)\s+năm(?:\s+${YEAR})?)?$`, 'iu').exec(p);
  if (m) {
    const year = m[1] ? Number(m[1]) : contextYear;
    return { kind: 'continuous', start: year ? iso(year, 1, 1) : null, end: year ? iso(year, 12, 31) : null, yearAssumed: !m[1] && year !== null, recurrence: null };
  }
  m = new RegExp(String.raw`^(?:định kỳ\s+)?(mỗi|hàng|hằng)\s+(tháng|quý)(?:\s+(?:trong\s+)?năm\s+${YEAR})?$`, 'iu').exec(p);
  if (m) {
    const year = m[3] ? Number(m[3]) : contextYear;
    return {
      kind: 'recurring',
      start: year ? iso(year, 1, 1) : null,
      end: year ? iso(year, 12, 31) : null,
      yearAssumed: !m[3] && year !== null,
      recurrence: m[2]!.toLowerCase() === 'tháng' ? 'monthly' : 'quarterly',
    };
  }
  return null;
}

/** Parses a period phrase; see the module comment. `context.year` is the plan's year. */
export function parsePeriod(text: string, context: { year?: number | null } = {}): Period {
  const contextYear = context.year ?? null;
  const unparsed: Period = { text, kind: 'unparsed', start: null, end: null, recurrence: null, yearAssumed: false };
  if (typeof text !== 'string' || text.trim() === '' || text.length > 200) return unparsed;
  const one = single(text, contextYear);
  if (one) return { text, ...one };
  // A range: "Tháng 01/2021 – Tháng 12/2021", "từ Quý II/2021 đến Quý III/2021".
  const range = /^\s*(?:từ\s+)?(.+?)\s*(?:[-–—]|đến)\s*(.+?)\s*$/iu.exec(text.normalize('NFC'));
  if (range) {
    const from = single(range[1]!, contextYear);
    const to = single(range[2]!, contextYear);
    if (from?.start && to?.end && from.start <= to.end) {
      return { text, kind: 'range', start: from.start, end: to.end, recurrence: null, yearAssumed: from.yearAssumed || to.yearAssumed };
    }
  }
  return unparsed;
}

/** The interval of a task from its start and end periods: from the first's start to the second's end. */
export function taskInterval(start: Period | null, end: Period | null): { start: string | null; end: string | null } {
  const s = start?.start ?? end?.start ?? null;
  const e = end?.end ?? start?.end ?? null;
  return { start: s, end: e };
}

/** "Quý I/2022"-style label of the quarter containing an ISO date. */
export function quarterOf(isoDate: string): { year: number; quarter: number } {
  const month = Number(isoDate.slice(5, 7));
  return { year: Number(isoDate.slice(0, 4)), quarter: Math.ceil(month / 3) };
}
