/**
 * The words of citations, from the vocabulary data (content/reference/*.yaml, validated
 * and turned into vocabulary.generated.json by `npm run vocabulary`): document types as
 * written before a number, the abbreviations of types inside numbers (NĐ 30/2020 Phụ lục
 * III; HD 36-HD/VPTW for the Party), issuers, Party terms and programmes cited by name.
 * Loaded once, when the module is first imported; the lookups below are built from it.
 */
import { escapeRegExp } from '../escape';
import data from './vocabulary.generated.json' with { type: 'json' };
import type { VocabularyData } from '../schemas/vocabulary';

const vocabulary = data as VocabularyData;

/** A canonical document type ("Nghị quyết"); the list is the vocabulary's. */
export type DocumentType = string;

/** Canonical document types, in the vocabulary's order. */
export const DOCUMENT_TYPES: readonly DocumentType[] = vocabulary.documentTypes.types.map((type) => type.name);

/** Type words as written before a number (matched case-insensitively), longest first. */
export const TYPE_WORDS: readonly (readonly [string, DocumentType])[] = vocabulary.documentTypes.types
  .flatMap((type) => [type.name, ...type.words].map((word) => [word, type.name] as const))
  .sort((a, b) => b[0].length - a[0].length);

/** Abbreviated type words written before a number ("QĐ số 12/QĐ-UBND"). */
export const ABBREVIATED_TYPE_WORDS: Readonly<Record<string, DocumentType>> = Object.fromEntries(
  vocabulary.documentTypes.types.flatMap((type) => type.before.map((abbreviation) => [abbreviation, type.name])),
);

/** Type abbreviations inside a number, upper-cased for lookup. */
const SYMBOL_TYPES = new Map<string, DocumentType>(vocabulary.documentTypes.types.flatMap((type) => type.symbols.map((symbol) => [symbol.toUpperCase(), type.name] as const)));

/** The type an abbreviation inside a number stands for, or null ("UBND" is an issuer, not a type). */
export function typeOfAbbreviation(abbreviation: string): DocumentType | null {
  return SYMBOL_TYPES.get(abbreviation.toUpperCase()) ?? null;
}

/** Canonical spelling of abbreviations whose case matters ("TTG" → "TTg", "CTR" → "CTr"). */
const CANONICAL_CASE = new Map<string, string>(
  [...vocabulary.documentTypes.types.flatMap((type) => type.symbols), ...vocabulary.documentTypes.mixedCase, ...vocabulary.issuers.national.map((issuer) => issuer.abbreviation)]
    .filter((abbreviation) => abbreviation !== abbreviation.toUpperCase())
    .map((abbreviation) => [abbreviation.toUpperCase(), abbreviation]),
);

/** A symbol group in its canonical case: upper case, except the mixed-case abbreviations. */
export function canonicalGroup(group: string): string {
  const upper = group.toUpperCase();
  return CANONICAL_CASE.get(upper) ?? upper;
}

const PARTY = new Set(vocabulary.issuers.party.map((abbreviation) => abbreviation.toUpperCase()));

/** Whether an abbreviation is a Party committee's or organ's: their numbers are written N-TYPE/ISSUER. */
export function isPartyIssuer(abbreviation: string): boolean {
  return PARTY.has(abbreviation.toUpperCase());
}

const NATIONAL = new Map(vocabulary.issuers.national.map((issuer) => [issuer.abbreviation.toUpperCase(), issuer.name]));

/** The national issuer an abbreviation names ("TTg" → Thủ tướng Chính phủ; "QH15" → Quốc hội), or null for a local one. */
export function nationalIssuer(abbreviation: string): string | null {
  const upper = abbreviation.toUpperCase();
  // A term number may follow a body of the National Assembly: QH15, UBTVQH14, UBPLTP15.
  return NATIONAL.get(upper) ?? NATIONAL.get(upper.replace(/\d{1,2}$/, '')) ?? null;
}

/** Whether an abbreviation names a known issuer, national or local (to split glued symbols such as "CTTg"). */
export function isKnownIssuer(abbreviation: string): boolean {
  const upper = abbreviation.toUpperCase();
  return nationalIssuer(upper) !== null || LOCAL.has(upper) || PARTY.has(upper);
}

const LOCAL = new Map(vocabulary.issuers.local.map((issuer) => [issuer.abbreviation.toUpperCase(), issuer.name]));

/** The name of a local body in a place: "Ủy ban nhân dân tỉnh Quảng Trị", "Tỉnh ủy Ninh Thuận"; null for an unknown abbreviation. */
export function localIssuerName(abbreviation: string, level: 'province' | 'district', place: string): string | null {
  const template = LOCAL.get(abbreviation.toUpperCase());
  return template ? template.replace('{level}', level === 'district' ? 'huyện' : 'tỉnh').replace('{place}', place) : null;
}

/** Words that begin a subject after an issuer, longest first ("quy định chi tiết" before "quy định"). */
export const SUBJECT_WORDS: readonly string[] = [...vocabulary.issuers.subject].sort((a, b) => b.length - a.length);

/** Terms (khóa) of the Party Central Committee, by the closing day of the congress that opened each. */
export const CENTRAL_PARTY_TERMS: readonly { term: string; from: string }[] = vocabulary.party.centralTerms;

/** The central Party term in force on an ISO date, or null outside the known terms. */
export function centralPartyTerm(isoDate: string): string | null {
  if (isoDate >= vocabulary.party.termsKnownUntil) return null;
  let found: string | null = null;
  for (const { term, from } of CENTRAL_PARTY_TERMS) if (isoDate >= from) found = term;
  return found;
}

export interface Programme {
  /** One pattern for all the phrasings texts use. */
  pattern: RegExp;
  type: DocumentType;
  number: string;
  date: string;
  issuer: string;
  evidence: string;
}

/** A phrasing as a loose pattern: spaces match any whitespace, "-" matches with or without spaces, "," is optional. */
const loose = (name: string) =>
  escapeRegExp(name.normalize('NFC'))
    .replace(/\s*\\?-\s*/g, String.raw`\s*-\s*`)
    .replace(/,\s*/g, String.raw`,?\s+`)
    .replace(/ +/g, String.raw`\s+`);

/** Programmes cited by name rather than by number ("Chương trình tổng thể cải cách hành chính … 2021 - 2030"). */
export const PROGRAMMES: readonly Programme[] = vocabulary.programmes.programmes.map((programme) => ({
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...programme.names]
      .sort((a, b) => b.length - a.length)
      .map(loose)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  ),
  type: programme.type,
  number: programme.number,
  date: programme.date,
  issuer: programme.issuer,
  evidence: programme.evidence,
}));
