/**
 * Extract: finds every reference to a specific document in cleaned text and returns what
 * the text itself says about it: span, type, number (as written and normalised), date,
 * issuer phrase and Party term. Who the issuer is and which document is meant is decided
 * afterwards (resolve.ts), with the citing document's context.
 *
 * Three numbering families (see content/README and the reference notes):
 *   A legal normative, with the year   129/2007/QĐ-TTg · 202/2025/QH15
 *   B administrative                   84/KH-UBND · 53/STTTT-TTBCXB · 30c/NQ-CP
 *   C Party                            01-NQ/TU · 87-CTr/HU; and C′, a Party number written
 *                                      the administrative way (05/NQ-TU → 05-NQ/TU)
 * plus laws cited by name and date, with no number.
 */
import { parseVietnameseDate, toIsoPartial } from '../dates';
import type { CleanText } from './clean';
import {
  ABBREVIATED_TYPE_WORDS,
  PARTY_ISSUERS,
  TYPE_WORDS,
  canonicalGroup,
  typeOfAbbreviation,
  type DocumentType,
} from './vocabulary';

export type Family = 'normative' | 'administrative' | 'party' | 'name';

export interface RawCitation {
  /** Span in the cleaned text. */
  start: number;
  end: number;
  family: Family;
  /** The document type: from the word before the number, else from the abbreviation inside it. */
  type: DocumentType;
  /** Whether the type was written before the number (else inferred from the abbreviation). */
  typeWritten: boolean;
  /** The number as it stands in the cleaned text ("84/ KH-UBND"), or null for a law by name. */
  numberAsWritten: string | null;
  /** Normalised: no spaces, hyphens, Party documents in hyphen notation. Null for a law by name. */
  number: string | null;
  /** The symbol's groups after normalisation: ["KH", "UBND"], ["NQ", "TU"] (type, issuer). */
  groups: string[];
  /** Year inside a legal normative number. */
  numberYear: number | null;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", or null. */
  date: string | null;
  /** The issuer as stated ("UBND tỉnh Quảng Trị"), or null. */
  issuerText: string | null;
  /** Party term as stated ("XII"), or null. */
  term: string | null;
  /** A law's name ("Ban hành văn bản quy phạm pháp luật"), for laws cited by name. */
  name: string | null;
  /** True for a document's own number line ("Số: 84/KH-UBND" at the start of a line). */
  ownNumber: boolean;
}

const SERIAL = String.raw`\d{1,5}[a-z]?`;
const GROUP = String.raw`[A-Za-zĐđ][A-Za-zĐđ0-9&]*`;
const SP = String.raw`[ \t]*(?:\r?\n[ \t]*)?`; // spaces, and at most one line break
const NOT_BEFORE = String.raw`(?<![\p{L}\p{N}/.,&-])`;
const NOT_AFTER = String.raw`(?![\p{L}\p{N}&]|/\d|-\d)`;

const NORMATIVE = String.raw`(?<serialA>${SERIAL})${SP}/${SP}(?<year>(?:19|20)\d{2})${SP}/${SP}(?<symA>${GROUP}(?:${SP}-${SP}${GROUP})*)`;
const PARTY = String.raw`(?<serialC>${SERIAL})${SP}-${SP}(?<ptype>${GROUP})${SP}/${SP}(?<pissuer>[A-Za-zĐđ]{1,7})`;
const ADMINISTRATIVE = String.raw`(?<serialB>${SERIAL})${SP}/${SP}(?<symB>${GROUP}(?:${SP}-${SP}${GROUP})+)`;
const NUMBER = new RegExp(String.raw`${NOT_BEFORE}(?:${NORMATIVE}|${PARTY}|${ADMINISTRATIVE})${NOT_AFTER}`, 'gu');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TYPE_WORD_PATTERN = TYPE_WORDS.map(([word]) => escape(word).replace(/ /g, '\\s+')).join('|');
const ABBREVIATION_PATTERN = Object.keys(ABBREVIATED_TYPE_WORDS).map(escape).join('|');
/** What may stand right before a number: "(các) Quyết định (số:)", "QĐ số", "số". Anchored at the end. */
const PREFIX = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:các\s+)?(?:(?<word>${TYPE_WORD_PATTERN})|(?<abbr>${ABBREVIATION_PATTERN}))(?:\s+(?:số|Số|SỐ))?|(?<![\p{L}])(?:số|Số|SỐ))\s*:?\s*$`,
  'iu',
);
// \b is ASCII-only in JavaScript: Vietnamese word ends are written (?![\p{L}\p{N}]).
const END = String.raw`(?![\p{L}\p{N}])`;
const ISSUER_AFTER = new RegExp(
  String.raw`^[ \t]*,?\s*của\s+(?!(?:các|những)\s)((?:[^,;.()\n“"]|,(?=\s*Thể thao và Du lịch)){2,90}?)(?=\s+(?:về|v\/v|thực hiện|ban hành|hướng dẫn|triển khai|tại|trong|theo|đối với|nhằm|để|đến|một số|khóa|khoá|Hội nghị)${END}|\s+và\s+(?:các\s+)?(?:${TYPE_WORD_PATTERN}|số|\d)|\s*(?:,(?!\s*Thể thao và Du lịch)|[;.()\n“"])|\s*$)`,
  'iu',
);
const TYPE_BY_WORD = new Map(TYPE_WORDS.map(([word, type]) => [word.toLowerCase(), type]));

const DATE_AFTER = /^[ \t]*,?\s*ngày\s*(\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm\s*\d{4}|[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}))/iu;
/** An issuer stated before the citation: "theo chỉ đạo của UBND tỉnh tại Kế hoạch số …". */
const ISSUER_BEFORE = /(?:của|do)\s+([^,;.()\n“"]{2,60}?)\s+(?:tại|ở)\s*$/iu;
const OWN_NUMBER = /(?:^|\n)[ \t]*$/u;
const TERM_AFTER = new RegExp(String.raw`^[ \t]*,?\s*\(?\s*(?:khóa|khoá)\s+([IVXLC]+)${END}\s*\)?`, 'iu');
const LAW = /(?<![\p{L}])(?<kind>Bộ luật|Luật)\s+(?<name>\p{Lu}[\p{L}\s,]{2,120}?)\s+ngày\s*(?<date>\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm\s*\d{4}|[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}))/gu;

function isoDate(text: string): string | null {
  const parsed = parseVietnameseDate(text);
  return parsed && typeof parsed === 'object' ? toIsoPartial(parsed) : null;
}

/** Splits "KH - UBND" into canonical groups ["KH", "UBND"]. */
function groupsOf(symbol: string): string[] {
  return symbol.split('-').map((group) => canonicalGroup(group.replace(/\s+/g, '')));
}

/** Reads the date, issuer phrase and term that follow a citation; returns them and where they end. */
function qualifiers(text: string, from: number) {
  let at = from;
  let date: string | null = null;
  let dateEnd = from;
  let issuerText: string | null = null;
  let term: string | null = null;
  const rest = () => text.slice(at, at + 200);
  const dateMatch = DATE_AFTER.exec(rest());
  if (dateMatch) {
    date = isoDate(`ngày ${dateMatch[1]!}`);
    if (date) {
      at += dateMatch[0].length;
      dateEnd = at;
    }
  }
  const issuerMatch = ISSUER_AFTER.exec(rest());
  if (issuerMatch) {
    issuerText = issuerMatch[1]!.replace(/\s+/g, ' ').trim();
    at += issuerMatch[0].length;
  }
  const termMatch = TERM_AFTER.exec(rest());
  if (termMatch) term = termMatch[1]!.toUpperCase();
  return { date, dateEnd, issuerText, term };
}

/** Finds the references in cleaned text, in reading order. */
export function extractCitations(clean: CleanText): RawCitation[] {
  const { text } = clean;
  const found: RawCitation[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const g = match.groups!;
    let family: Family;
    let serial: string;
    let groups: string[];
    let numberYear: number | null = null;
    if (g['serialA'] !== undefined) {
      family = 'normative';
      serial = g['serialA'];
      numberYear = Number(g['year']);
      groups = groupsOf(g['symA']!);
    } else if (g['serialC'] !== undefined) {
      family = 'party';
      serial = g['serialC'];
      groups = [canonicalGroup(g['ptype']!), canonicalGroup(g['pissuer']!)];
      if (!PARTY_ISSUERS.test(groups[1]!)) continue; // "2021-2025/…" and other look-alikes
    } else {
      family = 'administrative';
      serial = g['serialB']!;
      groups = groupsOf(g['symB']!);
      // A Party number written the administrative way: 05/NQ-TU is 05-NQ/TU.
      if (groups.length === 2 && PARTY_ISSUERS.test(groups[1]!) && typeOfAbbreviation(groups[0]!)) family = 'party';
    }
    const number =
      family === 'normative'
        ? `${serial}/${numberYear}/${groups.join('-')}`
        : family === 'party'
          ? `${serial}-${groups[0]}/${groups[1]}`
          : `${serial}/${groups.join('-')}`;

    // The type word or "số" right before the number.
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    const prefix = PREFIX.exec(before);
    let start = match.index;
    let type: DocumentType | null = null;
    let typeWritten = false;
    if (prefix) {
      start = match.index - prefix[0].length + (prefix[0].match(/^\s*/)?.[0].length ?? 0);
      const word = prefix.groups?.['word'];
      const abbr = prefix.groups?.['abbr'];
      if (word) type = TYPE_BY_WORD.get(word.replace(/\s+/g, ' ').toLowerCase()) ?? null;
      else if (abbr) type = ABBREVIATED_TYPE_WORDS[abbr] ?? null;
      typeWritten = type !== null;
      // "các Quyết định": the span starts at the type word, not at "các".
      const cac = /^(các|Các)\s+/u.exec(text.slice(start, match.index));
      if (cac) start += cac[0].length;
    }
    type ??= typeOfAbbreviation(groups[0]!) ?? (family === 'normative' && /^(QH|UBTVQH)\d*$/i.test(groups[0]!) ? 'Nghị quyết' : family === 'administrative' ? 'Công văn' : 'Văn bản');
    const q = qualifiers(text, match.index + match[0].length);
    q.issuerText ??= ISSUER_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[1]?.replace(/\s+/g, ' ').trim() ?? null;
    const ownNumber = prefix !== null && /^\s*Số\s*:/u.test(prefix[0]) && OWN_NUMBER.test(text.slice(Math.max(0, start - 20), start));
    found.push({
      start,
      end: q.date ? q.dateEnd : match.index + match[0].length,
      family,
      type,
      typeWritten,
      numberAsWritten: match[0],
      number,
      groups,
      numberYear,
      date: q.date,
      issuerText: q.issuerText,
      term: q.term,
      name: null,
      ownNumber,
    });
  }
  for (const match of text.matchAll(LAW)) {
    const g = match.groups!;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      family: 'name',
      type: g['kind'] === 'Bộ luật' ? 'Bộ luật' : 'Luật',
      typeWritten: true,
      numberAsWritten: null,
      number: null,
      groups: [],
      numberYear: null,
      date: isoDate(`ngày ${g['date']!}`),
      issuerText: null,
      term: null,
      name: g['name']!.replace(/\s+/g, ' ').trim(),
      ownNumber: false,
    });
  }
  found.sort((a, b) => a.start - b.start);
  shareQualifiers(text, found);
  return found;
}

/**
 * "các Quyết định số 12/QĐ-UBND và 13/QĐ-UBND ngày 05/01/2024 của UBND tỉnh": numbers
 * joined by "và" or a comma share the type written before the first and the date, issuer
 * and term written after the last.
 */
function shareQualifiers(text: string, citations: RawCitation[]) {
  for (let i = 0; i + 1 < citations.length; i++) {
    const group = [citations[i]!];
    let j = i;
    while (j + 1 < citations.length && /^\s*(?:,|và)\s*(?:và\s*)?(?:số\s*)?$/iu.test(text.slice(citations[j]!.end, citations[j + 1]!.start)) && citations[j + 1]!.number !== null) {
      group.push(citations[++j]!);
    }
    if (group.length < 2) continue;
    const first = group[0]!;
    const last = group.at(-1)!;
    for (const member of group) {
      if (!member.typeWritten && first.typeWritten && typeOfAbbreviation(member.groups[0]!) === typeOfAbbreviation(first.groups[0]!)) {
        member.type = first.type;
        member.typeWritten = true;
      }
      if (member !== last) {
        member.date ??= last.date;
        member.issuerText ??= last.issuerText;
        member.term ??= last.term;
      }
    }
    i = j;
  }
}
