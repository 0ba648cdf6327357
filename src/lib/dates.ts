/**
 * Dates as Vietnamese documents write them, including the partial dates of drafts.
 *
 * An issued document carries "ngày 12 tháng 01 năm 2024"; a draft awaiting its number
 * leaves blanks ("ngày tháng 01 năm 2024", "ngày tháng năm 2022"). A date is therefore
 * a year with an optional month and an optional day, and what is unknown stays null.
 * Frontmatter stores it as an ISO prefix: "2024-01-12", "2024-01" or "2022".
 */

/** A calendar date of which only the year is sure to be known. */
export interface PartialDate {
  year: number;
  /** 1–12, or null when the source leaves the month blank. */
  month: number | null;
  /** 1–31, or null when the source leaves the day blank. Never set without a month. */
  day: number | null;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Number of days in `month` (1–12) of `year`, with Gregorian leap years. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Builds a PartialDate after checking that it exists on the calendar.
 * Returns an error message (in English, for authors) instead of throwing.
 */
export function makePartialDate(year: number, month: number | null, day: number | null): PartialDate | string {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return `year ${year} is outside 1900–2100`;
  if (month === null) {
    return day === null ? { year, month: null, day: null } : 'a day is given without a month';
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) return `month ${month} does not exist`;
  if (day === null) return { year, month, day: null };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) {
    return `day ${day} does not exist in ${String(month).padStart(2, '0')}/${year}`;
  }
  return { year, month, day };
}

/** Parses "2024-01-12", "2024-01" or "2022"; returns an error message when invalid. */
export function parseIsoPartialDate(value: string): PartialDate | string {
  const match = ISO_PARTIAL.exec(value);
  if (!match) return `"${value}" is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY`;
  const [, y, m, d] = match;
  return makePartialDate(Number(y), m === undefined ? null : Number(m), d === undefined ? null : Number(d));
}

/** Formats a PartialDate as an ISO prefix: "2024-01-12", "2024-01" or "2022". */
export function toIsoPartial(date: PartialDate): string {
  const parts = [String(date.year).padStart(4, '0')];
  if (date.month !== null) parts.push(String(date.month).padStart(2, '0'));
  if (date.day !== null) parts.push(String(date.day).padStart(2, '0'));
  return parts.join('-');
}

// Long form, possibly with blanks: "ngày 06 tháng 12 năm 2023", "ngày tháng 01 năm 2024",
// "ngày tháng năm 2022". Whitespace between the words may be any run of spaces.
const LONG_FORM = /^(?:ngày\s*(\d{1,2})?\s*)?tháng\s*(\d{1,2})?\s*năm\s*(\d{4})$/iu;
// Short form: "12/01/2024", "6/12/2023", "01-10-1997", "24.02.2008".
const SHORT_FORM = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/u;
// Month and year only: "01/2024", "tháng 12/2020" is handled by callers that know the context.
const MONTH_YEAR = /^(\d{1,2})\s*\/\s*(\d{4})$/u;

/**
 * Parses a date as Vietnamese documents write it: the long form with or without blanks
 * ("ngày 06 tháng 12 năm 2023", "tháng 01 năm 2024", "ngày tháng năm 2022"), the short
 * form ("12/01/2024", "01-10-1997"), a month ("01/2024") or a year ("2022").
 * A leading "ngày" is accepted on the short form. Returns null when the text is not a
 * date, and an error message when it is shaped like one but does not exist (31/02/2024).
 */
export function parseVietnameseDate(input: string): PartialDate | string | null {
  const text = input.normalize('NFC').trim().replace(/\s+/g, ' ');
  const long = LONG_FORM.exec(text);
  if (long) {
    const [, d, m, y] = long;
    return makePartialDate(Number(y), m === undefined ? null : Number(m), d === undefined ? null : Number(d));
  }
  const short = SHORT_FORM.exec(text.replace(/^ngày\s+/iu, ''));
  if (short) {
    const [, d, , m, y] = short;
    return makePartialDate(Number(y), Number(m), Number(d));
  }
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) return makePartialDate(Number(monthYear[2]), Number(monthYear[1]), null);
  if (/^\d{4}$/.test(text)) return makePartialDate(Number(text), null, null);
  return null;
}

/**
 * Writes a date the way NĐ 30/2020 prints it in a document's place-and-date line:
 * "ngày 12 tháng 01 năm 2024", with a leading zero only for days below 10 and months 1–2.
 * Unknown parts are left blank, as in the source: "ngày … tháng 01 năm 2024".
 */
export function formatLongVi(date: PartialDate, blank = '…'): string {
  const day = date.day === null ? blank : String(date.day).padStart(2, '0');
  const month = date.month === null ? blank : date.month <= 2 ? String(date.month).padStart(2, '0') : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/** Short display form: "12/01/2024", "01/2024" or "2022". */
export function formatShortVi(date: PartialDate): string {
  if (date.month === null) return String(date.year);
  const mm = String(date.month).padStart(2, '0');
  if (date.day === null) return `${mm}/${date.year}`;
  return `${String(date.day).padStart(2, '0')}/${mm}/${date.year}`;
}

/**
 * Orders dates chronologically; an unknown month or day sorts before the known ones of
 * the same year or month (a plan "tháng 01 năm 2024" precedes "ngày 12 tháng 01 năm 2024").
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}
