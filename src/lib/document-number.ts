/**
 * The "số, ký hiệu" of a document, in its canonical written form.
 *
 * Three families exist (see shared reference notes, NĐ 30/2020 and HD 36-HD/VPTW):
 * - administrative: `84/KH-UBND`, `53/STTTT-TTBCXB` (number / symbol groups joined by "-");
 * - legal normative, with the year: `129/2007/QĐ-TTg`, `202/2025/QH15`;
 * - Party: `01-NQ/TU`, `87-CTr/HU` (number - type / issuer).
 *
 * This module validates and decomposes a number that is already canonical, as a plan's
 * frontmatter must hold it (no spaces, hyphens not dashes). Finding numbers in running
 * text, with all their real-world variants, is the references parser's job.
 */
import { slugify } from './slug';

export type NumberFamily = 'administrative' | 'normative' | 'party';

export interface DocumentNumber {
  /** The whole number as written canonically, e.g. "84/KH-UBND". */
  text: string;
  family: NumberFamily;
  /** The running number, as written (leading zeros kept): "84", "05", "30c". */
  serial: string;
  /** The year of a legal normative number, else null. */
  year: number | null;
  /** The symbol (ký hiệu) after the number: "KH-UBND", "QĐ-TTg", "NQ/TU". */
  symbol: string;
}

// A symbol group: an upper-case letter (Đ included) then letters, digits or "&":
// UBND, STTTT, TTg, CTr, QĐi, UBTVQH15, CCHC&PC.
const GROUP = '[A-ZĐ][A-Za-zĐđ0-9&]*';
const SERIAL = '\\d{1,5}[a-z]?';
const ADMINISTRATIVE = new RegExp(`^(${SERIAL})/(${GROUP}(?:-${GROUP})+)$`, 'u');
const NORMATIVE = new RegExp(`^(${SERIAL})/((?:19|20)\\d{2})/(${GROUP}(?:-${GROUP})*)$`, 'u');
const PARTY = new RegExp(`^(${SERIAL})-(${GROUP})/(${GROUP})$`, 'u');
/** A symbol without its number, as an unnumbered draft carries it: "KH-UBND". */
const SYMBOL = new RegExp(`^${GROUP}(?:-${GROUP})+$`, 'u');

/** Decomposes a canonical document number, or returns null when it has none of the three shapes. */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  let match = NORMATIVE.exec(text);
  if (match) return { text, family: 'normative', serial: match[1]!, year: Number(match[2]), symbol: match[3]! };
  match = PARTY.exec(text);
  if (match) return { text, family: 'party', serial: match[1]!, year: null, symbol: `${match[2]}/${match[3]}` };
  match = ADMINISTRATIVE.exec(text);
  if (match) return { text, family: 'administrative', serial: match[1]!, year: null, symbol: match[2]! };
  return null;
}

/** True for a symbol standing alone, as in an unnumbered draft ("KH-UBND", "KH-SVHTTDL"). */
export function isDocumentSymbol(text: string): boolean {
  return SYMBOL.test(text);
}

/** The URL segment of a number: "84/KH-UBND" → "84-kh-ubnd", "129/2007/QĐ-TTg" → "129-2007-qd-ttg". */
export function documentNumberSlug(text: string): string {
  return slugify(text);
}

/** What the error message says a plan number should look like. */
export const DOCUMENT_NUMBER_EXPECTED =
  'a document number without spaces such as "84/KH-UBND", "129/2007/QĐ-TTg" or "01-NQ/TU", or null for an unnumbered draft';
