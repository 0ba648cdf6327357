/**
 * Extract: finds every reference to a document in cleaned text and returns what the text
 * itself says about it, as eyecite's tokenizer does: span, type, number (as written and
 * normalised, with the regex groups it was read from), date, issuer phrase, Party term,
 * pin cite ("khoản 2 Điều 5"), and whether the text names itself (its header "Số: …", an
 * appendix caption "Kèm theo Kế hoạch số …"). Who the issuer is and which document is
 * meant is decided afterwards (resolve.ts), with the citing document's context.
 *
 * Found here:
 *   numbers of the three families (grammar.ts), with the type word before them;
 *   laws, codes, ordinances and the Constitution by name with a date, a year or a number
 *     ("Luật Ban hành văn bản quy phạm pháp luật năm 2015", "Luật … số 80/2015/QH13");
 *   anaphora: "Kế hoạch này", "Quyết định nêu trên", and short names a text defines
 *     ("Chỉ thị số 27/CT-TTg (sau đây viết tắt là Chỉ thị 27)").
 */
import { escapeRegExp } from '../escape';
import { parseVietnameseDate, toIsoPartial } from '../dates';
import type { CleanText } from './clean';
import { NUMBER_IN_TEXT, readNumber, SERIAL, type NumberFamily } from './grammar';
import { ABBREVIATED_TYPE_WORDS, SUBJECT_WORDS, TYPE_WORDS, typeOfAbbreviation, type DocumentType } from './vocabulary';

export type Family = NumberFamily | 'name';

/** Why a reference is the citing document itself. */
export type SelfMark = 'header' | 'caption' | null;

export interface Anaphor {
  /** "self": "Kế hoạch này"; "previous": "Quyết định nêu trên"; "defined": a short name the text defined. */
  refers: 'self' | 'previous' | 'defined';
  /** For "defined": the index, in the extracted list, of the citation that defined the name. */
  definedBy: number | null;
}

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
  /** The same with the serial in canonical form (no leading zeros beyond two digits): keys use it. */
  canonical: string | null;
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
  /** The document's own number: in its header line, or in an appendix caption. */
  self: SelfMark;
  /** The part of the document cited, written before it: "khoản 2 Điều 5", or null. */
  pin: string | null;
  /** Set for anaphora ("Kế hoạch này"). */
  anaphor: Anaphor | null;
  /** A short name the text defines for this citation ("Chỉ thị 27"), or null. */
  definesName: string | null;
  /** What normalisation corrected ("glued symbol", "Party number in state notation"). */
  corrections: string[];
  /** The named groups of the pattern the reference was read with, as written. */
  match: Record<string, string>;
}

const TYPE_WORD_PATTERN = TYPE_WORDS.map(([word]) => escapeRegExp(word).replace(/ /g, '\\s+')).join('|');
const ABBREVIATION_PATTERN = Object.keys(ABBREVIATED_TYPE_WORDS).map(escapeRegExp).join('|');
const TYPE_BY_WORD = new Map(TYPE_WORDS.map(([word, type]) => [word.toLowerCase(), type]));
const typeOfWord = (word: string) => TYPE_BY_WORD.get(word.replace(/\s+/g, ' ').toLowerCase()) ?? null;

// \b is ASCII-only in JavaScript: Vietnamese word ends are written (?![\p{L}\p{N}]).
const END = String.raw`(?![\p{L}\p{N}])`;
/** Inside a phrase: any character but a sentence or clause end, or a single line break of a wrapped line. */
const PHRASE_CHAR = String.raw`(?:[^,;.()\n“"]|\n(?![ \t]*(?:\n|[-+*|#]|\d+\\?\.)))`;

/** What may stand right before a number: "(các) Quyết định (số:)", "QĐ số", "số". Anchored at the end. */
const PREFIX = new RegExp(String.raw`(?:(?<![\p{L}])(?:các\s+)?(?:(?<word>${TYPE_WORD_PATTERN})|(?<abbr>${ABBREVIATION_PATTERN}))(?:\s+(?:số|Số|SỐ))?|(?<![\p{L}])(?:số|Số|SỐ))\s*:?\s*$`, 'iu');
/** A law named before its number: "Luật Tổ chức chính quyền địa phương số 72/2025/QH15". Anchored at the end, before "số". */
const LAW_BEFORE_NUMBER = /(?<![\p{L}])(?<kind>Bộ luật|Luật|Pháp lệnh)\s+(?<name>\p{Lu}[\p{L}\s,-]{1,120}?)\s+(?:số|Số)\s*:?\s*$/u;
/** The prefix of a document's own number line: "Số: ", "Số ", "Luật số: ". */
const HEADER_PREFIX = new RegExp(String.raw`^(?:Số\s*:?|(?:${TYPE_WORD_PATTERN})\s+[Ss]ố\s*:)\s*$`, 'u');
/** Whether only table, emphasis or heading marks stand between the line's start and `at`. */
function onlyMarkupBefore(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart < 80 && /^[ \t|*_#>\\]*$/u.test(text.slice(lineStart, at));
}
/** An appendix caption before the citation: "(Kèm theo", "Ban hành kèm theo". */
const CAPTION_BEFORE = /(?:kèm\s+theo|Kèm\s+theo|KÈM\s+THEO)\s*(?:\*|_)*\s*$/u;
/** The part cited: "điểm a khoản 2 Điều 5 (của)". Anchored at the end. */
const PIN_BEFORE = /(?<![\p{L}])((?:điểm\s+[a-zđ]\)?\s+)?(?:khoản\s+\d+[a-z]?\s+)?(?:Điều|điều)\s+\d+[a-z]?|(?:điểm\s+[a-zđ]\)?\s+)?khoản\s+\d+[a-z]?)(?:\s+(?:của|tại))?\s+$/u;

const subjectAlternatives = SUBJECT_WORDS.map((word) => escapeRegExp(word).replace(/ /g, '\\s+')).join('|');
const ISSUER_AFTER = new RegExp(
  String.raw`^[ \t]*,?\s*của\s+(?!(?:các|những)\s)((?:${PHRASE_CHAR}|,(?=\s*Thể thao và Du lịch)){2,120}?)(?=\s+(?:${subjectAlternatives})${END}|\s+và\s+(?:các\s+)?(?:${TYPE_WORD_PATTERN}|số|\d)|\s*(?:,(?!\s*Thể thao và Du lịch)|[;.()“"]|\n(?=[ \t]*(?:\n|[-+*|#]|\d+\\?\.))|\s\(|\*)|\s+và\s*$|\s*$)`,
  'iu',
);
const DATE_AFTER = /^[ \t]*,?\s*ngày\s*(\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm\s*\d{4}|[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}))/iu;
/** A year alone after the number: "Quyết định 439/QĐ-TTg năm 2023". */
const YEAR_AFTER = /^[ \t]*,?\s*năm\s+((?:19|20)\d{2})(?![\p{N}/-])/iu;
/** An issuer stated before the citation: "theo chỉ đạo của UBND tỉnh tại Kế hoạch số …". */
const ISSUER_BEFORE = /(?:của|do)\s+([^,;.()\n“"]{2,60}?)\s+(?:tại|ở)\s*$/iu;
const TERM_AFTER = new RegExp(String.raw`^[ \t]*,?\s*\(?\s*(?:khóa|khoá)\s+([IVXLC]+)${END}\s*\)?`, 'iu');
/** A short name defined right after a citation: "(sau đây viết tắt là Chỉ thị 27)", "(gọi tắt là Nghị quyết 18)". */
const DEFINES_AFTER = new RegExp(
  String.raw`^[^()\n]{0,160}?\(\s*(?:sau\s+đây\s+)?(?:được\s+)?(?:viết\s+tắt\s+là|gọi\s+tắt\s+là|gọi\s+là)\s*:?\s*[“"]?(?<name>(?:${TYPE_WORD_PATTERN})\s+(?:số\s+)?${SERIAL})[”"]?\s*\)`,
  'iu',
);
/**
 * Laws, codes, ordinances and the Constitution by name with a date or a year. The name
 * does not run over another type word, except in "Luật sửa đổi, bổ sung … của Luật …".
 */
const LAW_NAME = String.raw`(?:sửa\s+đổi,?\s+bổ\s+sung(?:${PHRASE_CHAR}|,){2,160}?|\p{Lu}(?:(?!\s(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Nghị|Quyết|Thông|số|ngày|năm)\s)(?:[\p{L}\s-]|,(?=\s\p{Lu}))){1,120}?)`;
const LAW = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<kind>Bộ luật|Luật|Pháp lệnh)\s+(?<name>${LAW_NAME})|(?<constitution>Hiến pháp)(?:\s+(?<cname>nước\s+Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam))?)\s*,?\s+(?:ngày\s*(?<date>\d{1,2}\s*(?:tháng\s*\d{1,2}\s*năm\s*\d{4}|[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}))|năm\s+(?<year>(?:19|20)\d{2}))(?![\p{N}/-])`,
  'gu',
);
/** Anaphora: a type word and "này", "nêu trên", "trên", "nói trên", "đã nêu". */
const ANAPHORA = new RegExp(
  String.raw`(?<![\p{L}])(?<word>${TYPE_WORD_PATTERN})\s+(?<which>này|nêu\s+trên|nói\s+trên|đã\s+nêu|trên)(?![\p{L}\p{N}])(?!\s+(?:cơ\s+sở|địa\s+bàn|toàn|phạm\s+vi|đây|mạng|hệ\s+thống|Cổng|cổng|trang|báo|phương\s+tiện|các)(?![\p{L}]))`,
  'giu',
);

function isoDate(text: string): string | null {
  const parsed = parseVietnameseDate(text);
  return parsed && typeof parsed === 'object' ? toIsoPartial(parsed) : null;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Reads the date (or year), issuer phrase and term that follow a citation; returns them and where the date ends. */
function qualifiers(text: string, from: number) {
  let at = from;
  let date: string | null = null;
  let dateEnd = from;
  let issuerText: string | null = null;
  let term: string | null = null;
  const rest = () => text.slice(at, at + 240);
  const dateMatch = DATE_AFTER.exec(rest());
  if (dateMatch) {
    date = isoDate(`ngày ${dateMatch[1]!}`);
    if (date) {
      at += dateMatch[0].length;
      dateEnd = at;
    }
  } else {
    const yearMatch = YEAR_AFTER.exec(rest());
    if (yearMatch) {
      date = yearMatch[1]!;
      at += yearMatch[0].length;
      dateEnd = at;
    }
  }
  const issuerMatch = ISSUER_AFTER.exec(rest());
  if (issuerMatch) {
    issuerText = squeeze(issuerMatch[1]!);
    at += issuerMatch[0].length;
  }
  const termMatch = TERM_AFTER.exec(rest());
  if (termMatch) term = termMatch[1]!.toUpperCase();
  return { date, dateEnd, issuerText, term, after: at };
}

/** Shared by every citation that needed no correction (most of them): one allocation, never mutated. */
const NO_CORRECTIONS: string[] = Object.freeze([]) as unknown as string[];

const blank = (): Omit<RawCitation, 'start' | 'end' | 'family' | 'type'> => ({
  typeWritten: true,
  numberAsWritten: null,
  number: null,
  canonical: null,
  groups: [],
  numberYear: null,
  date: null,
  issuerText: null,
  term: null,
  name: null,
  self: null,
  pin: null,
  anaphor: null,
  definesName: null,
  corrections: NO_CORRECTIONS,
  match: {},
});

const pinBefore = (text: string, start: number) => {
  const found = PIN_BEFORE.exec(text.slice(Math.max(0, start - 50), start));
  return found ? squeeze(found[1]!) : null;
};

/** Finds the references in cleaned text, in reading order. */
export function extractCitations(clean: CleanText): RawCitation[] {
  const { text } = clean;
  const found: RawCitation[] = [];
  const numbered: [number, number][] = [];
  for (const match of text.matchAll(NUMBER_IN_TEXT)) {
    const parsed = readNumber(match.groups!);
    if (!parsed) continue;
    const { family, groups, year: numberYear } = parsed;

    // The type word or "số" right before the number.
    const before = text.slice(Math.max(0, match.index - 60), match.index);
    const prefix = PREFIX.exec(before);
    let start = match.index;
    let type: DocumentType | null = null;
    let typeWritten = false;
    let name: string | null = null;
    if (prefix) {
      start = match.index - prefix[0].length + (prefix[0].match(/^\s*/)?.[0].length ?? 0);
      const word = prefix.groups?.['word'];
      const abbr = prefix.groups?.['abbr'];
      if (word) type = typeOfWord(word);
      else if (abbr) type = ABBREVIATED_TYPE_WORDS[abbr] ?? null;
      typeWritten = type !== null;
      // "các Quyết định": the span starts at the type word, not at "các".
      const cac = /^(các|Các)\s+/u.exec(text.slice(start, match.index));
      if (cac) start += cac[0].length;
      if (!word && !abbr) {
        // "Luật Tổ chức chính quyền địa phương số 72/2025/QH15": the law's name before "số".
        const law = LAW_BEFORE_NUMBER.exec(text.slice(Math.max(0, match.index - 160), match.index));
        if (law) {
          start = match.index - law[0].length;
          type = law.groups!['kind'] === 'Bộ luật' ? 'Bộ luật' : law.groups!['kind'] === 'Pháp lệnh' ? 'Pháp lệnh' : 'Luật';
          typeWritten = true;
          name = squeeze(law.groups!['name']!);
        }
      }
    }
    type ??= typeOfAbbreviation(groups[0]!) ?? (family === 'normative' && /^(QH|UBTVQH)\d*$/i.test(groups[0]!) ? 'Nghị quyết' : family === 'administrative' ? 'Công văn' : 'Văn bản');
    const numberEnd = match.index + match[0].length;
    const q = qualifiers(text, numberEnd);
    q.issuerText ??=
      ISSUER_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[1]
        ?.replace(/\s+/g, ' ')
        .trim() ?? null;
    let self: SelfMark = null;
    if (prefix && HEADER_PREFIX.test(text.slice(start, match.index)) && onlyMarkupBefore(text, start)) self = 'header';
    else if (CAPTION_BEFORE.test(text.slice(Math.max(0, start - 40), start))) self = 'caption';
    const defines = DEFINES_AFTER.exec(text.slice(q.dateEnd > numberEnd ? q.dateEnd : numberEnd, numberEnd + 400));
    found.push({
      ...blank(),
      start,
      end: q.date ? q.dateEnd : numberEnd,
      family,
      type,
      typeWritten,
      numberAsWritten: match[0],
      number: parsed.number,
      canonical: parsed.canonical,
      groups,
      numberYear,
      date: q.date,
      issuerText: q.issuerText,
      term: q.term,
      name,
      self,
      pin: pinBefore(text, start),
      definesName: defines ? squeeze(defines.groups!['name']!).replace(/\s+số\s+/iu, ' ') : null,
      corrections: parsed.corrections.length === 0 ? NO_CORRECTIONS : parsed.corrections,
      match: parsed.match,
    });
    numbered.push([start, numberEnd]);
  }

  // Laws, codes and the Constitution by name, where no number was read at the same place.
  for (const match of text.matchAll(LAW)) {
    const g = match.groups!;
    const end = match.index + match[0].length;
    if (numbered.some(([s, e]) => s < end && match.index < e)) continue;
    const date = g['date'] ? isoDate(`ngày ${g['date']}`) : (g['year'] ?? null);
    if (!date) continue;
    const constitution = g['constitution'] !== undefined;
    found.push({
      ...blank(),
      start: match.index,
      end,
      family: 'name',
      type: constitution ? 'Hiến pháp' : g['kind'] === 'Bộ luật' ? 'Bộ luật' : g['kind'] === 'Pháp lệnh' ? 'Pháp lệnh' : 'Luật',
      date,
      name: constitution ? '' : squeeze(g['name']!),
      pin: pinBefore(text, match.index),
      match: Object.fromEntries(Object.entries(g).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    });
  }
  found.sort((a, b) => a.start - b.start);
  shareQualifiers(text, found);

  // Anaphora, and the short names the text defined, after the citations they point to.
  const anaphora: RawCitation[] = [];
  const taken = found.map((c) => [c.start, c.end] as const);
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => s < end && start < e);
  for (const match of text.matchAll(ANAPHORA)) {
    const end = match.index + match[0].length;
    if (overlaps(match.index, end)) continue;
    const which = match.groups!['which']!.replace(/\s+/g, ' ');
    anaphora.push({
      ...blank(),
      start: match.index,
      end,
      family: 'name',
      type: typeOfWord(match.groups!['word']!) ?? 'Văn bản',
      anaphor: { refers: which === 'này' ? 'self' : 'previous', definedBy: null },
      pin: pinBefore(text, match.index),
      match: { word: match.groups!['word']!, which },
    });
  }
  found.forEach((citation, index) => {
    if (!citation.definesName) return;
    const [word, serial] = [citation.definesName.replace(/\s+\S+$/, ''), citation.definesName.replace(/^.*\s/, '')];
    const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(word).replace(/ /g, '\\s+')}\s+(?:số\s+)?${escapeRegExp(serial)}(?![\p{L}\p{N}/-])`, 'giu');
    for (const match of text.slice(citation.end).matchAll(pattern)) {
      const start = citation.end + match.index;
      const end = start + match[0].length;
      // Not the definition itself: "(sau đây viết tắt là Chỉ thị 27)".
      if (overlaps(start, end) || /(?:tắt\s+là|gọi\s+là)\s*:?\s*[“"]?$/iu.test(text.slice(Math.max(0, start - 20), start))) continue;
      anaphora.push({
        ...blank(),
        start,
        end,
        family: 'name',
        type: citation.type,
        anaphor: { refers: 'defined', definedBy: index },
        pin: pinBefore(text, start),
        match: { name: match[0] },
      });
    }
  });
  // Anaphora point into `found` by index: append them after it, then order the whole by position in resolve.
  return [...found, ...anaphora.sort((a, b) => a.start - b.start)];
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
      if (member.number === null) continue;
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
