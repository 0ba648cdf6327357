/**
 * The "số, ký hiệu" of a document, in its canonical written form.
 *
 * Three families exist (Nghị định 30/2020/NĐ-CP, Phụ lục I; Luật Ban hành văn bản quy phạm
 * pháp luật and its decree; Hướng dẫn 36-HD/VPTW for the Party):
 * - administrative: `84/KH-UBND`, `53/STTTT-TTBCXB` (number / symbol groups joined by "-");
 * - legal normative, with the year: `129/2007/QĐ-TTg`, `202/2025/QH15`;
 * - Party: `01-NQ/TU`, `87-CTr/HU` (number - type / issuer).
 *
 * This module validates and decomposes a number that is already canonical, as a plan's
 * frontmatter must hold it (no spaces, hyphens not dashes), with the grammar of the
 * references parser (citations/grammar.ts), which also finds numbers in running text.
 */
import { CANONICAL_GROUP, parseNumberText } from './citations/grammar';
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

/** A symbol without its number, as an unnumbered draft carries it: "KH-UBND" (groups begin upper-case). */
const SYMBOL = new RegExp(`^${CANONICAL_GROUP}(?:-${CANONICAL_GROUP})+$`, 'u');

/**
 * Decomposes a canonical document number, or returns null when it is not one: the
 * grammar is the citation parser's (citations/grammar.ts), read strictly: the shape only,
 * with no spaces and no dashes for hyphens.
 */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const parsed = parseNumberText(text, { strict: true });
  if (!parsed) return null;
  const m = parsed.match;
  if (parsed.family === 'normative') {
    if (parsed.number !== text) return null;
    return { text, family: 'normative', serial: parsed.serial, year: parsed.year, symbol: parsed.groups.join('-') };
  }
  if (m['serialC'] !== undefined) {
    if (parsed.number !== text) return null;
    return { text, family: 'party', serial: parsed.serial, year: null, symbol: `${parsed.groups[0]}/${parsed.groups[1]}` };
  }
  const symbol = parsed.groups.join('-');
  if (`${parsed.serial}/${symbol}` !== text || parsed.groups.length < 2) return null;
  return { text, family: 'administrative', serial: parsed.serial, year: null, symbol };
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
export const DOCUMENT_NUMBER_EXPECTED = 'a document number without spaces such as "84/KH-UBND", "129/2007/QĐ-TTg" or "01-NQ/TU", or null for an unnumbered draft';
