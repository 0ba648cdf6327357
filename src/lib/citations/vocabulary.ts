/**
 * The words of citations: document types as written before a number, the abbreviations
 * of types inside numbers (NĐ 30/2020 Phụ lục III; HD 36-HD/VPTW for the Party), and the
 * issuers whose documents are national (keyed by number and year alone).
 */

/** Canonical document types. */
export const DOCUMENT_TYPES = [
  'Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Nghị quyết', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Thông tư liên tịch', 'Thông tư',
  'Kế hoạch', 'Chương trình', 'Kết luận', 'Quy định', 'Quy chế', 'Hướng dẫn', 'Thông báo', 'Thông tri', 'Báo cáo', 'Tờ trình',
  'Đề án', 'Dự án', 'Phương án', 'Công văn', 'Công điện', 'Văn bản',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Type words as written before a number (matched case-insensitively), longest first. */
export const TYPE_WORDS: readonly (readonly [string, DocumentType])[] = (
  [
    ['Chương trình hành động', 'Chương trình'],
    ...DOCUMENT_TYPES.map((type): [string, DocumentType] => [type, type]),
  ] satisfies [string, DocumentType][]
).sort((a, b) => b[0].length - a[0].length);

/** Abbreviated type words written before a number ("QĐ số 12/QĐ-UBND"). */
export const ABBREVIATED_TYPE_WORDS: Readonly<Record<string, DocumentType>> = {
  QĐ: 'Quyết định', NQ: 'Nghị quyết', NĐ: 'Nghị định', KH: 'Kế hoạch', CT: 'Chỉ thị', CTr: 'Chương trình', TT: 'Thông tư',
  KL: 'Kết luận', HD: 'Hướng dẫn', TB: 'Thông báo', BC: 'Báo cáo', TTr: 'Tờ trình', CV: 'Công văn', CĐ: 'Công điện', ĐA: 'Đề án',
};

/** Type abbreviations inside a number, upper-cased for lookup (NĐ 30/2020, Phụ lục III, and legal normative types). */
const SYMBOL_TYPES: Readonly<Record<string, DocumentType>> = {
  NQ: 'Nghị quyết', QĐ: 'Quyết định', CT: 'Chỉ thị', QC: 'Quy chế', QYĐ: 'Quy định', QĐI: 'Quy định', TC: 'Thông báo', TB: 'Thông báo',
  HD: 'Hướng dẫn', CTR: 'Chương trình', KH: 'Kế hoạch', PA: 'Phương án', ĐA: 'Đề án', DA: 'Dự án', BC: 'Báo cáo', TTR: 'Tờ trình',
  CĐ: 'Công điện', NĐ: 'Nghị định', TT: 'Thông tư', TTLT: 'Thông tư liên tịch', NQLT: 'Nghị quyết', KL: 'Kết luận', CV: 'Công văn',
};

/** The type an abbreviation inside a number stands for, or null ("UBND" is an issuer, not a type). */
export function typeOfAbbreviation(abbreviation: string): DocumentType | null {
  return SYMBOL_TYPES[abbreviation.toUpperCase()] ?? null;
}

/** Canonical spelling of abbreviations whose case matters ("TTG" → "TTg", "CTR" → "CTr"). */
const CANONICAL_CASE: Readonly<Record<string, string>> = {
  TTG: 'TTg', CTR: 'CTr', QYĐ: 'QyĐ', QĐI: 'QĐi', TTR: 'TTr', TRS: 'TrS',
};

/** A symbol group in its canonical case: upper case, except the mixed-case abbreviations. */
export function canonicalGroup(group: string): string {
  const upper = group.toUpperCase();
  return CANONICAL_CASE[upper] ?? upper;
}

/** Issuer abbreviations of Party committees: their numbers are written N-TYPE/ISSUER. */
export const PARTY_ISSUERS = /^(TW|TU|HU|QU|TXU|ĐU|ĐUK|VPTW|BTCTW|BTGTW|UBKTTW|BCĐTW|VPTU|BTCTU|BTGTU|UBKTTU|BTGHU)$/u;

export interface NationalIssuer {
  /** Who issues under this abbreviation. */
  name: string;
}

/** Issuers whose documents are unique nationally by number and year. */
const NATIONAL: Readonly<Record<string, string>> = {
  CP: 'Chính phủ',
  TTG: 'Thủ tướng Chính phủ',
  VPCP: 'Văn phòng Chính phủ',
  TW: 'Ban Chấp hành Trung ương Đảng',
  VPTW: 'Văn phòng Trung ương Đảng',
  BTCTW: 'Ban Tổ chức Trung ương',
  BTGTW: 'Ban Tuyên giáo Trung ương',
  BNV: 'Bộ Nội vụ',
  BTTTT: 'Bộ Thông tin và Truyền thông',
  BTC: 'Bộ Tài chính',
  BTP: 'Bộ Tư pháp',
  BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  BKHĐT: 'Bộ Kế hoạch và Đầu tư',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  BYT: 'Bộ Y tế',
  BCA: 'Bộ Công an',
  BQP: 'Bộ Quốc phòng',
};

/** The national issuer an abbreviation names ("TTg" → Thủ tướng Chính phủ; "QH15" → Quốc hội), or null for a local one. */
export function nationalIssuer(abbreviation: string): string | null {
  const upper = abbreviation.toUpperCase();
  if (/^QH\d{0,2}$/.test(upper)) return 'Quốc hội';
  if (/^UBTVQH\d{0,2}$/.test(upper)) return 'Ủy ban Thường vụ Quốc hội';
  return NATIONAL[upper] ?? null;
}

/**
 * Terms (khóa) of the Party Central Committee, by the congress that opened them, so that
 * a dated central Party document gets the term its number belongs to (numbers restart
 * each term). Dates are the closing days of the congresses.
 */
export const CENTRAL_PARTY_TERMS: readonly { term: string; from: string }[] = [
  { term: 'X', from: '2006-04-25' },
  { term: 'XI', from: '2011-01-19' },
  { term: 'XII', from: '2016-01-28' },
  { term: 'XIII', from: '2021-02-01' },
];
/** The 14th congress (January 2026) is not in the verified reference: later dates get no term. */
const TERMS_KNOWN_UNTIL = '2026-01-01';

/** The central Party term in force on an ISO date, or null outside the known terms. */
export function centralPartyTerm(isoDate: string): string | null {
  if (isoDate >= TERMS_KNOWN_UNTIL) return null;
  let found: string | null = null;
  for (const { term, from } of CENTRAL_PARTY_TERMS) if (isoDate >= from) found = term;
  return found;
}
