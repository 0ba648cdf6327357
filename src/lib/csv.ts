/**
 * CSV for spreadsheets: RFC 4180 quoting, a byte-order mark (so spreadsheet programs read
 * Vietnamese as UTF-8), CRLF line ends, and cells that a spreadsheet would read as a
 * formula defused as OWASP recommends ("CSV injection"): a text cell beginning with
 * `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, which spreadsheets hide
 * and which keeps the cell text ("- Các sản phẩm …" is a task, not a formula; a cell
 * "=HYPERLINK(…)" stays inert). Numbers are written as numbers, never prefixed.
 */

import { TextBytes } from './text-bytes';

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `text` with a leading `'` when a spreadsheet would read it as a formula. */
export function defuseCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A CSV field: text defused, quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' || typeof value === 'bigint' ? String(value) : defuseCsvCell(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a byte-order mark and CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The same CSV as {@link toCsv}, as UTF-8 bytes built row by row: for files longer than a string can be (text-bytes.ts). */
export function csvBytes(header: readonly string[], rows: Iterable<readonly unknown[]>): Uint8Array<ArrayBuffer> {
  const out = new TextBytes().push(`\uFEFF${header.map(csvField).join(',')}\r\n`);
  for (const row of rows) out.push(`${row.map(csvField).join(',')}\r\n`);
  return out.bytes();
}
