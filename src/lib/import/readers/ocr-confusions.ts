/**
 * OCR confusions fixed only where the line itself says what the word must be, each fix recorded
 * as a correction (never silently, never a value made up):
 *
 * - the number line of the header: a line that starts with "Só", "Sô", "số"… and goes on with a
 *   number and symbol ("Só: 813/HC-CNHC", "Sô: /QĐ-UBND") starts with "Số:" (its colon read as
 *   ";" or "." too);
 * - the place-and-date line: in "<Place>, ngảy 22 thảng 4 nãm 2026" the three words between the
 *   place and the numbers are "ngày", "tháng" and "năm" when, without their marks, they read
 *   "ngay", "thang" and "nam".
 *
 * Digits, names and the symbol are never changed: what OCR read wrong there stays for a person.
 *
 * The fixes below need the page's layout (and the words of a line), and are made by the reader on
 * the lines of the regions it found (src/lib/import/readers/ocr-layout.ts):
 *
 * - {@link blankUnreadable}: the number of "Số: … /QĐ-UBND" and the day and month of the date
 *   line are often handwritten on a signed scan, and OCR reads them as junk ("Số: Ê|Š /HC-CNHC",
 *   "ngày 0Â tháng † năm 2026"); what is not one clean run of digits is
 *   left blank, recorded, so that the symbol, the place and the year are still read and the
 *   number and date stay unknown (null) for a person to fill instead of a value read from junk
 *   (digits OCR misread as other digits are not caught: the report marks the line);
 * - {@link fixRecipientsColumn}: in the left column of the foot, the heading of the recipients
 *   list read as "Ti nhận:" or "Nơi THÂN" above the list's dashed entries is "Nơi nhận:", and an
 *   entry that starts with "~", "—", "=", "_", "·" or "¬" and a capital letter starts with the
 *   list's dash ("~ Như trên;" → "- Như trên;");
 * - {@link fixSignerColumn}: in the right column of the foot, marks before the signer's name
 *   ("—_ Phạm Huy Nam Sơn": the signature's stroke) are not part of it;
 * - {@link isNoise}: in a column of the header or the foot, a line with no two letters or digits
 *   together ("„", "-", "` /") is the stamp, the signature or a rule read as characters.
 */
import { recordCorrection, type SourceCorrection } from '../source-text';
import type { OcrTextLine } from './ocr-tsv';

const NUMBER_LINE = /^(S[óòôồốổỗộỏõọơớờởỡợ]|s[ốóòôồổỗộỏõọơớờởỡợ]|S6|5ố)(\s*)([:;.]?)(\s*)(?=(?:\d[\d\s]*)?\/\s*[A-ZĐ]{1,8}(?:\s*[-–]\s*[A-ZĐ]{1,10})*\b)/u;
const DATE_LINE = /^([^,;:\n]{2,40}),(\s*)(\S{3,5})(\s+(?:\d{1,2}\s+)?)(\S{4,6})(\s+(?:\d{1,2}\s+)?)(\S{2,4})(\s+(?:19|20)\d{2})/u;

const RECIPIENTS = /^N[ơo]i nhận\s*:?\s*$/u;
const LIST_DASH = /^([~—=_·¬])\s*(?=\p{Lu})/u;

const bare = (word: string) =>
  word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

/** Fixes the confusions above in `text` (the common text, line by line) and records each fix. */
export function fixOcrConfusions(text: string, corrections: SourceCorrection[]): string {
  return text
    .split('\n')
    .map((line) => {
      const number = NUMBER_LINE.exec(line);
      if (number) {
        const [whole, word, before, colon, after] = number;
        const read = `${word}${before}${colon}`;
        const fixed = `Số${before}${colon ? ':' : ''}`;
        if (read === fixed) return line;
        recordCorrection(corrections, read, fixed, 'OCR misread "Số:" at the start of the number line (a number and symbol follow)');
        return `${fixed}${after}${line.slice(whole.length)}`;
      }
      const date = DATE_LINE.exec(line);
      if (date) {
        const [whole, place, s1, ngay, s2, thang, s3, nam, rest] = date;
        const words: [string, string][] = [
          [ngay!, 'ngày'],
          [thang!, 'tháng'],
          [nam!, 'năm'],
        ];
        if (!words.every(([read, want]) => bare(read) === bare(want))) return line;
        for (const [read, want] of words) if (read !== want) recordCorrection(corrections, read, want, `OCR misread "${want}" in the place-and-date line`);
        return `${place},${s1}ngày${s2}tháng${s3}năm${rest}${line.slice(whole.length)}`;
      }
      return line;
    })
    .join('\n');
}

/** The symbol after the number ("/QĐ-UBND"), its look-alikes not yet replaced ("/QÐ-UBND": src/lib/import/readers/ocr.ts). */
const SYMBOL_TAIL = /(\s*[/⁄∕]\s*[A-ZĐÐ][A-Za-zĐđÐð0-9]*(?:\s*[-–‐‑]\s*[A-ZĐÐ][A-Za-zĐđÐð0-9]*)*\s*\.?)$/u;

/** The line with the unreadable number, day or month left out (see above); `blanked` says what was. */
export function blankUnreadable(line: OcrTextLine, corrections: SourceCorrection[]): { line: OcrTextLine; blanked: string[] } {
  const words = line.words;
  const text = line.text;
  const number = /^([Ss][^\s\d:;./]{0,2})(\s*[:;.]?\s*)(.*?)(?=\s*[/⁄∕]\s*[A-ZĐÐ])/u.exec(text);
  if (number && bare(number[1]!) === 'so' && SYMBOL_TAIL.test(text)) {
    const middle = number[3]!;
    const from = number[1]!.length + number[2]!.length;
    if (middle && !/^\d{1,5}$/.test(middle)) {
      recordCorrection(corrections, middle, '', 'OCR could not read the number of "Số:" (handwritten or stamped over?): left blank for a person to fill from the scan');
      const rest = text.slice(from + middle.length).trimStart();
      return { line: { ...line, text: `${text.slice(0, from).trimEnd()} ${rest}` }, blanked: ['number'] };
    }
    return { line, blanked: [] };
  }
  const at3 = (word: string, from: number) => words.findIndex((w, i) => i > from && bare(w.text) === word);
  const ngay = at3('ngay', -1);
  const thang = ngay === -1 ? -1 : at3('thang', ngay);
  const nam = thang === -1 ? -1 : at3('nam', thang);
  if (nam === -1 || !/^(19|20)\d{2}/.test(words[nam + 1]?.text ?? '')) return { line, blanked: [] };
  const drop = new Set<number>();
  const blanked: string[] = [];
  for (const [name, from, to] of [
    ['day', ngay, thang],
    ['month', thang, nam],
  ] as const) {
    const part = words.slice(from + 1, to);
    if (part.length === 0 || (part.length === 1 && /^\d{1,2}$/.test(part[0]!.text))) continue;
    const read = part.map((w) => w.text).join(' ');
    recordCorrection(corrections, read, '', `OCR could not read the ${name} of the date line (handwritten or stamped over?): left blank for a person to fill from the scan`);
    for (let i = from + 1; i < to; i++) drop.add(i);
    blanked.push(name);
  }
  if (!drop.size) return { line, blanked };
  const kept = words.filter((_, i) => !drop.has(i));
  return {
    line: {
      ...line,
      text: kept
        .map((w) => w.text)
        .join(' ')
        .normalize('NFC'),
    },
    blanked,
  };
}

/** Levenshtein distance (small strings). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** A short line that reads, letters only and marks aside, within three letters of "Nơi nhận". */
export function readsAsListHeading(text: string): boolean {
  const letters = bare(text).replace(/[^a-z]/g, '');
  return letters.length >= 4 && letters.length <= 10 && distance(letters, 'noinhan') <= 3;
}

const ENTRY = /^[-–—~=•·_¬]\s*\S/u;

/** The left column of the foot, its noise dropped: the heading above the first entry reads "Nơi nhận:", the entries start with "-". */
export function fixRecipientsColumn(lines: readonly string[], corrections: SourceCorrection[]): string[] {
  const out = [...lines];
  const at = out.findIndex((l, i) => readsAsListHeading(l) && ENTRY.test(out[i + 1]?.trim() ?? ''));
  if (at === -1) return out;
  if (!RECIPIENTS.test(out[at]!.trim())) {
    recordCorrection(corrections, out[at]!.trim(), 'Nơi nhận:', 'OCR misread the heading "Nơi nhận:" of the recipients list (the line above its dashed entries, at the left of the foot)');
    out[at] = 'Nơi nhận:';
  }
  for (let i = at + 1; i < out.length; i++) {
    const dash = LIST_DASH.exec(out[i]!.trim());
    if (!dash) continue;
    recordCorrection(corrections, dash[1]!, '-', 'OCR misread the dash of an entry of the "Nơi nhận" list');
    out[i] = `- ${out[i]!.trim().slice(dash[0].length)}`;
  }
  return out;
}

const MARKED_NAME = /^([^\p{L}\p{N}]+)(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,5}$)/u;

/** The right column of the foot: marks before a line that is a name (capitalised words) dropped. */
export function fixSignerColumn(lines: readonly string[], corrections: SourceCorrection[]): string[] {
  return lines.map((l) => {
    const m = MARKED_NAME.exec(l.trim());
    if (!m) return l;
    recordCorrection(corrections, m[1]!.trim(), '', "OCR read the signature's stroke before the signer's name as characters: dropped");
    return l.trim().slice(m[1]!.length);
  });
}

/** A line of a header or foot column that is noise: no two letters or digits together. */
export const isNoise = (text: string) => !/[\p{L}\p{N}]{2}/u.test(text);

/** Whether a line starts like an entry of a list ("- Như trên;", or a dash OCR misread). */
export const startsLikeEntry = (text: string) => ENTRY.test(text.trim());
