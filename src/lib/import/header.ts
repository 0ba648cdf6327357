/**
 * The header of an administrative document (NĐ 30/2020, Phụ lục I): the issuing body under
 * the line of its superior body, "Số: …/…", the place-and-date line, on real layouts: a date
 * line split over two lines, blank numbers and days ("Số:   /KH-UBND", "ngày   tháng   năm
 * 2026"), numbers with leading zeros kept as printed, "UỶ"/"ỦY", columns read in any order.
 */
import { makePartialDate, toIsoPartial } from '../dates';

export interface HeaderFields {
  /** The letterhead lines as printed (the issuer's column above "Số"). */
  letterhead: string[] | null;
  /** The superior body's line(s), joined ("UBND TỈNH LÀO CAI"), or null. */
  superior: string | null;
  /** The issuing body as printed, its lines joined ("SỞ CÔNG THƯƠNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"). */
  issuer: string | null;
  /** "0124/KH-UBND" as printed (spaces removed), or null when the number is blank. */
  number: string | null;
  /** The symbol ("KH-UBND"), also when the number is blank. */
  symbol: string | null;
  place: string | null;
  /** "YYYY-MM-DD", "YYYY-MM", "YYYY" or null: blank parts stay blank. */
  date: string | null;
  /** The line (0-based, in the text) each value was read from. */
  lines: Partial<Record<'letterhead' | 'number' | 'date', number>>;
  notes: string[];
}

const MOTTO = /^(CỘNG H(?:O[ÀA]|ÒA) XÃ( HỘI)?( CHỦ NGHĨA VIỆT NAM)?|(HỘI )?CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM)(?![\p{L}\p{N}])/iu;
const NUMBER = /^Số\s*:?\s*(\d{0,5}(?:\s*\/\s*(?:19|20)\d{2})?)\s*(?:\/\s*)?((?:[A-ZĐ][A-Za-zĐđ0-9]*)(?:\s*[-–]\s*[A-ZĐ][A-Za-zĐđ0-9]*)*)?\s*\.?\s*$/u;
const PARTY_NUMBER = /^Số\s*:?\s*(\d{1,5})\s*[-–]\s*([A-ZĐ][A-Za-zĐđ]*)\s*\/\s*([A-ZĐ]+)\s*$/u;
const PLACE_DATE = /^([^,;:]{2,60}?)\s*,\s*ngày(.*)$/u;
const FULL_DATE = /ngày\s*((?:\d{1,2}\s*)*)tháng\s*((?:\d{1,2}\s*)*)năm\s*(\d{4})(\d*)/u;
/** Words that open the name of a body in a letterhead. */
const BODY_START =
  /^(UBND|ỦY BAN|UỶ BAN|SỞ|BỘ|BAN|ĐOÀN|PHÒNG|TRUNG TÂM|HỘI ĐỒNG|CHI CỤC|CỤC|TỔNG CỤC|VĂN PHÒNG|THỦ TƯỚNG|CHÍNH PHỦ|ĐÀI|BÁO|TRƯỜNG|BỆNH VIỆN|TIỂU BAN|MẶT TRẬN|HỘI|LIÊN ĐOÀN|ĐẢNG ỦY|ĐẢNG BỘ|TỈNH ỦY|THÀNH ỦY|HUYỆN ỦY|CÔNG AN|BỘ CHỈ HUY|QUỸ|KHO BẠC|THANH TRA|THUẾ)(?![\p{L}\p{N}])/u;
const LOCALITY = /^(TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(?![\p{L}\p{N}])/u;

/** Joins the letterhead lines into bodies: the last is the issuer, those before it its superior. */
export function splitLetterhead(lines: readonly string[]): { superior: string | null; issuer: string | null } {
  const units: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line || /^[-_–—*]+$/.test(line)) continue;
    const last = units.at(-1);
    const open = last !== undefined && (/((?<![\p{L}\p{N}])VÀ|,|-|(?<![\p{L}\p{N}])NHÂN DÂN)$/u.test(last) && !LOCALITY.test(line) ? true : /^(ỦY|UỶ) BAN NHÂN DÂN$|^UBND$|^THỦ TƯỚNG$/u.test(last));
    if (last !== undefined && (open || LOCALITY.test(line) || !BODY_START.test(line))) units[units.length - 1] = `${last} ${line}`;
    else units.push(line);
  }
  if (units.length === 0) return { superior: null, issuer: null };
  return { superior: units.length > 1 ? units.slice(0, -1).join(' ') : null, issuer: units.at(-1)! };
}

/** Reads the date part of a place-and-date line; blank parts stay null, an impossible date keeps only what is sure. */
export function readDateLine(text: string): { date: string | null; note: string | null } {
  const m = FULL_DATE.exec(text.replace(/\s+/g, ' '));
  if (!m) return { date: null, note: null };
  const [, dayText, monthText, y, extra] = m;
  const d = dayText!.trim() || undefined;
  const mo = monthText!.trim() || undefined;
  const year = Number(y);
  // Two numbers where one stands ("tháng 5 4": a month stamped at signing over the one the draft had typed).
  if (/\s/.test(d ?? '') || /\s/.test(mo ?? ''))
    return { date: String(year), note: `the date line reads "${m[0].trim()}": two numbers where the ${/\s/.test(d ?? '') ? 'day' : 'month'} stands (one stamped over the other?); only the year kept` };
  if (extra) return { date: String(year), note: `the date line reads "${m[0]}": digits run on after the year (a number stamped over the line?); only the year kept` };
  const month = mo === undefined ? null : Number(mo);
  const day = d === undefined ? null : Number(d);
  if (month !== null && (month < 1 || month > 12)) return { date: String(year), note: `the month "${mo}" of the date line is not a month: only the year kept` };
  const partial = makePartialDate(year, month, month === null ? null : day);
  if (typeof partial === 'string')
    return { date: month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`, note: `the date line reads "${m[0]}": ${partial}; the day is left blank` };
  return { date: toIsoPartial(partial), note: null };
}

/**
 * Reads the header from the lines before the type word (`end`). Column order does not matter:
 * letterhead lines are the capitalised lines that are neither the Quốc hiệu nor "Số:".
 */
export function readHeader(lines: readonly string[], end: number): HeaderFields {
  const notes: string[] = [];
  const at: HeaderFields['lines'] = {};
  const zone = lines.slice(0, Math.max(0, end)).map((l) => l);
  let number: string | null = null;
  let symbol: string | null = null;
  let place: string | null = null;
  let date: string | null = null;
  const letterhead: string[] = [];
  let letterheadDone = false;
  for (let i = 0; i < zone.length; i++) {
    const line = zone[i]!.trim();
    if (!line) continue;
    if (/^Số\s*:?$/u.test(line) && i + 1 < zone.length && /^\d*\s*\//u.test(zone[i + 1]!.trim())) {
      zone[i + 1] = `${line} ${zone[i + 1]!.trim()}`;
      notes.push(`the number read from two lines: "${line} / ${zone[i + 1]!.slice(line.length + 1)}"`);
      continue;
    }
    const num = NUMBER.exec(line) ?? null;
    const party = PARTY_NUMBER.exec(line);
    if (party && number === null) {
      number = `${party[1]}-${party[2]}/${party[3]}`;
      symbol = `${party[2]}/${party[3]}`;
      at.number = i;
      letterheadDone = true;
      continue;
    }
    if (num && symbol === null && number === null && /^Số(?![\p{L}\p{N}])/u.test(line)) {
      symbol = num[2] ? num[2].replace(/\s+/g, '').replace(/–/g, '-') : null;
      number = num[1] && symbol ? `${num[1].replace(/\s+/g, '')}/${symbol}` : null;
      if (num[1] && !symbol) notes.push(`the number line "${line}" has no symbol`);
      at.number = i;
      letterheadDone = true;
      continue;
    }
    // "Đồng Tháp," / "ngày 19 tháng 11 năm 2025": the date line broken after the place.
    if (/,$/.test(line) && /^ngày/u.test(zone[i + 1]?.trim() ?? '') && !/^Số/u.test(line)) {
      zone[i + 1] = `${line} ${zone[i + 1]!.trim()}`;
      notes.push(`place and date read from two lines: "${line} / ${zone[i + 1]!.slice(line.length + 1)}"`);
      continue;
    }
    const pd = PLACE_DATE.exec(line);
    if (pd && place === null) {
      let rest = pd[2]!;
      let j = i;
      // The date line split over two or three lines ("Cần Thơ, ngày 21" / "tháng 11 năm 2025").
      while (!/năm\s*\d{4}/u.test(rest) && j + 1 < zone.length && j < i + 2 && /^(\d{1,2}\s*)?(tháng|năm|\d)/u.test(zone[j + 1]!.trim())) {
        j++;
        rest = `${rest} ${zone[j]!.trim()}`;
      }
      if (j > i) notes.push(`place and date read from ${j - i + 1} lines: "${[line, ...zone.slice(i + 1, j + 1).map((l) => l.trim())].join(' / ')}"`);
      place = pd[1]!.trim();
      // "Thành phố Hồ" / "Chí Minh, ngày …": the place name began on the line above.
      const above = zone[i - 1]?.trim() ?? '';
      if (above && !MOTTO.test(above) && !/^Số/u.test(above) && above !== above.toUpperCase() && !/[.,;:]$/.test(above) && above.length < 30) {
        place = `${above} ${place}`;
        notes.push(`the place name read from two lines: "${above} / ${pd[1]!.trim()}"`);
      }
      const read = readDateLine(`ngày${rest}`);
      date = read.date;
      if (read.note) notes.push(read.note);
      at.date = i;
      i = j;
      letterheadDone = true;
      continue;
    }
    if (MOTTO.test(line)) continue;
    if (/^V\/v(?![\p{L}\p{N}])/u.test(line)) {
      // The V/v lines stand under the number, and in a page-cleaned table the place-and-date cell
      // of the other column may follow them: read on to it, else the header ends here.
      const dateAt = place === null ? zone.findIndex((l, k) => k > i && k <= i + 8 && PLACE_DATE.test(l.trim().replace(/^[*_]+/u, ''))) : -1;
      if (dateAt === -1 || zone.slice(i + 1, dateAt).some((l) => /^(Kính gửi|\*\*Kính gửi)/u.test(l.trim()))) break;
      notes.push(`the place and date read after the V/v lines (line ${dateAt + 1})`);
      i = dateAt - 1;
      continue;
    }
    const upper = line === line.toUpperCase() && /\p{Lu}/u.test(line);
    if (upper && !letterheadDone && !/^(ĐỘC LẬP|SỐ)(?![\p{L}\p{N}])/u.test(line)) {
      if (at.letterhead === undefined) at.letterhead = i;
      letterhead.push(line);
    }
  }
  const { superior, issuer } = splitLetterhead(letterhead);
  return { letterhead: letterhead.length > 0 ? letterhead : null, superior, issuer, number, symbol, place, date, lines: at, notes };
}
