/**
 * The one grammar of document numbers ("số, ký hiệu"), after the rules of Nghị định
 * 30/2020/NĐ-CP (Phụ lục I, Mục II.3), Nghị định 34/2016/NĐ-CP (Điều 58) and Hướng dẫn
 * 36-HD/VPTW (point 1.3.1), and eyecite's regexes.py: pieces of patterns, composed here into
 * the pattern that finds numbers in running text (extract.ts) and the one that reads a whole string as a number
 * (document-number.ts for canonical frontmatter, search/query.ts for what a reader types).
 *
 * Three families:
 *   A legal normative, with the year   129/2007/QĐ-TTg · 202/2025/QH15 · 02/2023/TTLT-BNV-BTC
 *   B administrative                   84/KH-UBND · 53/STTTT-TTBCXB · 30c/NQ-CP · 4255/QĐ-BNN-KHCN
 *   C Party                            01-NQ/TU · 87-CTr/HU · 08-QĐi/TW
 */
import { escapeRegExp } from '../escape';
import { canonicalGroup, isKnownIssuer, isPartyIssuer, TYPE_WORDS, typeOfAbbreviation } from './vocabulary';

/** The running number: 1–5 digits and an optional letter ("30c"). */
export const SERIAL = String.raw`\d{1,5}[a-z]?`;
/** A symbol group: a letter, then letters, digits or "&" (UBND, TTg, QĐi, UBTVQH15, CCHC&PC). */
export const GROUP = String.raw`[A-Za-zĐđ][A-Za-zĐđ0-9&]*`;
/** A symbol group as canonical text writes it: an upper-case letter first. */
export const CANONICAL_GROUP = String.raw`[A-ZĐ][A-Za-zĐđ0-9&]*`;
/** The year inside a legal normative number. */
export const YEAR = String.raw`(?:19|20)\d{2}`;
/** Inside a number: spaces and at most one line break (real texts break symbols across lines). */
export const SP = String.raw`[ \t]*(?:\r?\n[ \t]*)?`;

const normative = (sp: string, g: string) => String.raw`(?<serialA>${SERIAL})${sp}/${sp}(?<year>${YEAR})${sp}/${sp}(?<symA>${g}(?:${sp}-${sp}${g})*)`;
const party = (sp: string, g: string) => String.raw`(?<serialC>${SERIAL})${sp}-${sp}(?<ptype>${g})${sp}/${sp}(?<pissuer>${g})`;
const administrative = (sp: string, g: string) => String.raw`(?<serialB>${SERIAL})${sp}/${sp}(?<symB>${g}(?:${sp}-${sp}${g})*)`;
const any = (sp: string, g = GROUP) => `(?:${normative(sp, g)}|${party(sp, g)}|${administrative(sp, g)})`;

/**
 * An issuer's own symbol, as companies, associations, banks and units of the police or the army
 * number their letters outside the decree's two-part shape: "12/YH/KT-TC" (slashes between the
 * groups), "305/QLTC" and "51/GĐN" (one group), "93/CT-05" (a group of digits). Read only where
 * the text itself says a document is meant, a type word and "số" right before it ("Văn bản số
 * 12/YH/KT-TC"), and only written compactly (no spaces, groups upper-case first), so a number
 * mistyped in the usual shapes ("12/ QĐ UBND", "Quyết định số 12/QĐ" with the issuer lost) is
 * still refused. A number that also reads in one of the three families is read that way.
 */
const ISSUER_GROUP = String.raw`(?:[A-ZĐ][A-Za-zĐđ0-9&]*|\d{1,3})`;
const TYPE_WORD_BEFORE = TYPE_WORDS.map(([word]) => escapeRegExp(word).replace(/ /g, String.raw`\s+`)).join('|');
const issuerDefined = String.raw`(?=\d)(?<=(?<![\p{L}])(?:${TYPE_WORD_BEFORE})\s+(?:số|Số|SỐ)\s*:?\s*)(?<serialD>${SERIAL})(?<sepD>[/-])(?<symD>[A-ZĐ][A-Za-zĐđ0-9&]*(?:[-/]${ISSUER_GROUP})*)`;

const NOT_BEFORE = String.raw`(?<![\p{L}\p{N}/.,&-])`;
const NOT_AFTER = String.raw`(?![\p{L}\p{N}&]|/\d|-\d)`;

/** Numbers in running text (global; after clean.ts). A single-group symbol ("27/CTTg") is checked by {@link readNumber}. */
export const NUMBER_IN_TEXT = new RegExp(String.raw`${NOT_BEFORE}(?:${issuerDefined}(?![\p{L}\p{N}&]|${SP}[-/])|${any(SP)}${NOT_AFTER})`, 'gu');

/** A whole string that is one number, spaces allowed around "/" and "-" (what a reader types). */
const WHOLE_LOOSE = new RegExp(String.raw`^${any(String.raw`\s*`)}$`, 'u');
/** A whole string that is one number written canonically (no spaces). */
const WHOLE_STRICT = new RegExp(`^${any('', CANONICAL_GROUP)}$`, 'u');

export type NumberFamily = 'normative' | 'administrative' | 'party';

export interface ParsedNumber {
  family: NumberFamily;
  /** The running number as written ("05", "30c"). */
  serial: string;
  year: number | null;
  /** The symbol's groups in canonical case: ["KH", "UBND"]; Party: [type, issuer]. */
  groups: string[];
  /** The number normalised: no spaces, canonical case, Party in hyphen notation; the serial as written. */
  number: string;
  /** The same with the serial in canonical form ("5/KH-UBND" → "05/KH-UBND"): what identity keys are made of. */
  canonical: string;
  /** What normalisation changed beyond spaces and case ("glued symbol", "Party number in state notation"). */
  corrections: string[];
  /** The named groups of the match, as written. */
  match: Record<string, string>;
}

/** The serial in canonical form: leading zeros dropped, then at least two digits ("5" → "05", "0124" → "124"). */
export function canonicalSerial(serial: string): string {
  const digits = serial.replace(/[a-z]$/, '');
  const letter = serial.slice(digits.length);
  return `${String(Number(digits)).padStart(2, '0')}${letter}`;
}

/**
 * Splits a glued symbol into type and issuer when both are known: "CTTg" → ["CT", "TTg"],
 * "QĐUBND" → ["QĐ", "UBND"]; null when no split is certain.
 */
function splitGlued(group: string): [string, string] | null {
  const upper = group.toUpperCase();
  const fits = (type: string, issuer: string) => typeOfAbbreviation(type) !== null && isKnownIssuer(issuer) && !isPartyIssuer(issuer);
  for (let at = Math.min(4, upper.length - 1); at >= 2; at--) {
    const type = upper.slice(0, at);
    if (fits(type, upper.slice(at))) return [canonicalGroup(type), canonicalGroup(upper.slice(at))];
  }
  // The hyphen and a shared letter lost together: "CTTg" for CT-TTg.
  for (let at = Math.min(4, upper.length - 1); at >= 2; at--) {
    const type = upper.slice(0, at);
    const issuer = upper.slice(at - 1);
    if (type.at(-1) === issuer[0] && fits(type, issuer)) return [canonicalGroup(type), canonicalGroup(issuer)];
  }
  return null;
}

/** Reads the named groups of a match of the grammar; null when the match is a look-alike (a one-group symbol that is not a glued type-issuer pair, a Party number with an unknown issuer). */
export function readNumber(groups: Record<string, string | undefined>, { structural = false } = {}): ParsedNumber | null {
  const match: Record<string, string> = {};
  for (const name in groups) if (groups[name] !== undefined) match[name] = groups[name];
  // Structural reading (canonical frontmatter): the shape only, groups as written, no vocabulary.
  const group = (text: string) => (structural ? text : canonicalGroup(text.replace(/\s+/g, '')));
  const split = (symbol: string) => symbol.split('-').map(group);
  if (match['serialD'] !== undefined) return readIssuerDefined(match['serialD'], match['sepD']!, match['symD']!, match, structural);
  const corrections: string[] = [];
  let family: NumberFamily;
  let serial: string;
  let year: number | null = null;
  let symbolGroups: string[];
  if (match['serialA'] !== undefined) {
    family = 'normative';
    serial = match['serialA'];
    year = Number(match['year']);
    symbolGroups = split(match['symA']!);
  } else if (match['serialC'] !== undefined) {
    family = 'party';
    serial = match['serialC'];
    symbolGroups = [group(match['ptype']!), group(match['pissuer']!)];
    if (!structural && !isPartyIssuer(symbolGroups[1]!)) return null; // "2021-2025/…" and other look-alikes
  } else {
    family = 'administrative';
    serial = match['serialB']!;
    symbolGroups = split(match['symB']!);
    if (symbolGroups.length === 1) {
      if (structural) return null;
      const glued = splitGlued(symbolGroups[0]!);
      if (!glued) return null; // "Quý 4/2022" is caught by the year; "2 tháng/lần", "24/24h" here
      symbolGroups = glued;
      corrections.push('glued symbol');
    }
    // A Party number written the administrative way: 05/NQ-TU is 05-NQ/TU.
    if (!structural && symbolGroups.length === 2 && isPartyIssuer(symbolGroups[1]!) && typeOfAbbreviation(symbolGroups[0]!)) {
      family = 'party';
      corrections.push('Party number in state notation');
    }
  }
  const render = (s: string) =>
    family === 'normative' ? `${s}/${year}/${symbolGroups.join('-')}` : family === 'party' ? `${s}-${symbolGroups[0]}/${symbolGroups[1]}` : `${s}/${symbolGroups.join('-')}`;
  return { family, serial, year, groups: symbolGroups, number: render(serial), canonical: render(canonicalSerial(serial)), corrections, match };
}

/**
 * A number read by the issuer-defined pattern: in one of the three families when it reads as one
 * ("Văn bản số 84/KH-UBND"), else as the issuer wrote it (administrative, the serial and the
 * symbol kept, separators included); null for a lone type abbreviation ("12/QĐ": the issuer is
 * missing, a mistake to show, not a number to accept).
 */
function readIssuerDefined(serial: string, separator: string, symbol: string, match: Record<string, string>, structural: boolean): ParsedNumber | null {
  const regular = WHOLE_LOOSE.exec(`${serial}${separator}${symbol}`)?.groups;
  const read = regular ? readNumber(regular, { structural }) : null;
  if (read) return { ...read, match };
  if (structural) return null;
  if (separator === '-') {
    // The Party's shape for a body the vocabulary does not know: "Quyết định số 03-QĐ/BCĐ" of a
    // province's steering committee; the type must be a known abbreviation, the issuer in capitals.
    const party = /^([A-ZĐ][A-Za-zĐđ]*)\/([A-ZĐ]{2,}\d*)$/u.exec(symbol);
    if (!party || typeOfAbbreviation(party[1]!) === null) return null;
    const groups = [party[1]!, party[2]!];
    return { family: 'party', serial, year: null, groups, number: `${serial}-${symbol}`, canonical: `${canonicalSerial(serial)}-${symbol}`, corrections: [], match };
  }
  const groups = symbol.split(/[-/]/u);
  if (groups.length === 1 && typeOfAbbreviation(groups[0]!) !== null) return null;
  return { family: 'administrative', serial, year: null, groups, number: `${serial}/${symbol}`, canonical: `${canonicalSerial(serial)}/${symbol}`, corrections: [], match };
}

/**
 * Reads a whole string as one number: `strict` for canonical frontmatter (no spaces, the
 * shape only, groups as written), otherwise as running text is read, with spaces around
 * "/" and "-" allowed. Null for anything else.
 */
export function parseNumberText(text: string, { strict = false } = {}): ParsedNumber | null {
  const match = (strict ? WHOLE_STRICT : WHOLE_LOOSE).exec(strict ? text : text.normalize('NFC').trim());
  return match?.groups ? readNumber(match.groups, { structural: strict }) : null;
}
