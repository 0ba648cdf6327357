/**
 * Reader for PDFs with a text layer (born-digital, from the document system), through pdf.js
 * (unpdf). Lines are rebuilt from the glyph runs' positions: runs closer than a quarter of the
 * font size are one word ("Giải phón g" → "Giải phóng"); the two header columns, which the
 * text layer interleaves line by line, are put back as two blocks (left, then right); page
 * numbers and repeated page headers are removed; paragraphs are rebuilt from indentation. Each
 * normalisation is recorded. A PDF without a usable text layer (a scan, or glyphs without a
 * Unicode map) is reported as such so that the caller can OCR it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { recordCorrection, type SourceCorrection, type SourceText } from '../source-text';
import { mergeStampedWords } from './stamped-words';

interface Run {
  x: number;
  y: number;
  w: number;
  size: number;
  str: string;
  /** A word stamped into a form field at signing: a word of its own, whatever the gap. */
  stamped?: boolean;
}
interface Line {
  x: number;
  y: number;
  size: number;
  runs: Run[];
  text: string;
  page: number;
}

export class NoTextLayer extends Error {}

const MOTTO = /CỘNG H(?:O[ÀA]|ÒA) XÃ HỘI|Độc lập\s*[-–]\s*Tự do/u;
const KIND = /^(KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|BÁO CÁO|THÔNG BÁO|TỜ TRÌNH|NGHỊ QUYẾT|HƯỚNG DẪN|CHƯƠNG TRÌNH)\b|^V\/v/u;

function joinRuns(runs: Run[], _corrections: SourceCorrection[]): string {
  let out = '';
  let prevEnd = -Infinity;
  let prevStamped = false;
  for (const r of runs.sort((a, b) => a.x - b.x)) {
    const gap = r.x - prevEnd;
    const word = (r.stamped || prevStamped) && /[\p{L}\p{N}]$/u.test(out) && /^[\p{L}\p{N}]/u.test(r.str);
    if (out && (gap > r.size * 0.2 || word) && !out.endsWith(' ') && !r.str.startsWith(' ')) out += ' ';
    out += r.str;
    prevEnd = r.x + r.w;
    prevStamped = r.stamped === true;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** A text layer is unusable when it is nearly empty or made of glyph codes without Unicode (Cyrillic/box codes in a Vietnamese text). */
export function textLayerProblem(text: string, pages: number): string | null {
  const letters = text.replace(/[\s\d\p{P}]/gu, '');
  if (letters.length < 40 * pages) return 'has no text layer (a scan)';
  const foreign = (letters.match(/[\u0400-\u04ff\u2500-\u25ff\ufffd\u0370-\u03ff]/gu) ?? []).length;
  if (foreign / letters.length > 0.02) return 'has a text layer without a Unicode map (its letters come out as other characters)';
  return null;
}

/**
 * Text drawn in form fields (Widget annotations): the signing software of the document system
 * stamps the number and the day into such fields at signing, and pdf.js's text layer leaves them
 * out. Their appearance is read with poppler's pdftotext (word boxes), when it is installed.
 */
function widgetWords(bytes: Uint8Array, page: number, pageHeight: number, rects: number[][]): Run[] {
  if (rects.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'import-pdf-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, bytes);
    const out = spawnSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8', timeout: 60_000, maxBuffer: 32 * 1024 * 1024 });
    if (out.error || out.status !== 0) return [];
    const runs: Run[] = [];
    for (const m of out.stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      const [x0, y0, x1, y1] = [Number(m[1]), pageHeight - Number(m[4]), Number(m[3]), pageHeight - Number(m[2])];
      const cx = (x0 + x1) / 2;
      const cy = (y0 + y1) / 2;
      if (rects.some(([a, b, c, d]) => cx >= a! && cx <= c! && cy >= b! && cy <= d!)) {
        const str = m[5]!
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .normalize('NFC');
        runs.push({ x: x0, y: y0 + (y1 - y0) * 0.2, w: x1 - x0, size: (y1 - y0) * 0.85, str });
      }
    }
    return runs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function readPdf(bytes: Uint8Array): Promise<SourceText> {
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const name = (error as Error).name ?? '';
    if (/Password/i.test(name) || /password/i.test((error as Error).message)) throw new Error('is an encrypted PDF (password protected); export an unprotected copy', { cause: error });
    throw new Error(`is not a readable PDF (${(error as Error).message.split('\n')[0]})`, { cause: error });
  }
  const corrections: SourceCorrection[] = [];
  const notes: string[] = [];
  const lines: Line[] = [];
  let pageWidth = 595;
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    if (p === 1) pageWidth = page.getViewport({ scale: 1 }).width;
    const content = await page.getTextContent();
    const runs: Run[] = [];
    for (const item of content.items as { str: string; transform: number[]; width: number }[]) {
      if (!item.str) continue;
      runs.push({ x: item.transform[4]!, y: item.transform[5]!, w: item.width, size: Math.abs(item.transform[3]!) || 12, str: item.str.normalize('NFC') });
    }
    const widgets = ((await page.getAnnotations()) as { subtype: string; rect: number[]; fieldValue?: unknown }[]).filter((a) => a.subtype === 'Widget' && !a.fieldValue).map((a) => a.rect);
    const merged = mergeStampedWords(runs, widgetWords(bytes, p, page.getViewport({ scale: 1 }).height, widgets));
    if (merged.added.length) {
      notes.push(`page ${p}: ${merged.added.map((r) => `"${r.str}"`).join(', ')} read from form fields stamped at signing (not in the PDF's text layer)`);
      runs.splice(0, runs.length, ...merged.text, ...merged.added.map((r) => ({ ...r, stamped: true })));
    }
    for (const o of merged.overprinted) notes.push(`page ${p}: "${o.word}" is stamped over the printed text "${o.over}"; both are kept: check which holds`);
    runs.sort((a, b) => b.y - a.y || a.x - b.x);
    const pageLines: Line[] = [];
    for (const r of runs) {
      const line = pageLines.find((l) => Math.abs(l.y - r.y) < Math.max(2, r.size * 0.35));
      if (line) line.runs.push(r);
      else pageLines.push({ x: r.x, y: r.y, size: r.size, runs: [r], text: '', page: p });
    }
    for (const l of pageLines) {
      l.x = Math.min(...l.runs.map((r) => r.x));
      l.text = joinRuns(l.runs, corrections);
    }
    pageLines.sort((a, b) => b.y - a.y);
    // A lone glyph drawn apart from its word (a capital with a hook drawn twice): dropped when a neighbouring line has it at that place.
    for (let i = pageLines.length - 1; i >= 0; i--) {
      const l = pageLines[i]!;
      if ([...l.text].length !== 1 || !/\p{L}/u.test(l.text)) continue;
      const near = [pageLines[i - 1], pageLines[i + 1]].find((n) => n && Math.abs(n.y - l.y) < l.size * 1.5 && n.runs.some((r) => r.x - 1 <= l.x && l.x <= r.x + r.w + 1 && r.str.includes(l.text)));
      if (near) {
        recordCorrection(corrections, l.text, '', 'a letter the PDF draws a second time apart from its word, dropped');
        pageLines.splice(i, 1);
      }
    }
    // Page numbers: a line that is only a number (or "- 2 -", "Trang 2") at the top or bottom of a page.
    const kept = pageLines.filter((l, i) => {
      const edge = i <= 1 || i >= pageLines.length - 2;
      if (edge && /^(-\s*)?(Trang\s+)?\d{1,3}(\s*-)?$|^\d{1,3}\s*\/\s*\d{1,3}$/u.test(l.text) && l.text.replace(/\D/g, '') === String(p)) {
        recordCorrection(corrections, l.text, '', 'page number of the PDF removed');
        return false;
      }
      return true;
    });
    lines.push(...kept);
  }
  // A letter left alone at the foot of a page when its line was carried over to the next page.
  for (let i = lines.length - 2; i >= 0; i--) {
    const l = lines[i]!;
    const next = lines[i + 1]!;
    if (next.page === l.page + 1 && [...l.text].length === 1 && /\p{L}/u.test(l.text) && next.text.replace(/^[-–+•]\s*/u, '').startsWith(l.text)) {
      recordCorrection(corrections, l.text, '', 'a letter left at the foot of a page when its line went on to the next page, dropped');
      lines.splice(i, 1);
    }
  }
  const all = lines.map((l) => l.text).join('\n');
  const problem = textLayerProblem(all, pdf.numPages);
  if (problem) throw new NoTextLayer(problem);

  // The header: rows above the type word on page 1 hold two columns; split each row at the middle.
  const kindAt = lines.findIndex((l) => l.page === 1 && KIND.test(l.text));
  const headerEnd = kindAt === -1 ? lines.findIndex((l) => l.page === 1 && /^(Căn cứ|Thực hiện|Kính gửi)/u.test(l.text)) : kindAt;
  const blocks: string[][] = [];
  if (headerEnd > 0 && lines.slice(0, headerEnd).some((l) => MOTTO.test(l.text))) {
    const left: string[] = [];
    const right: string[] = [];
    const middle = pageWidth * 0.45;
    for (const l of lines.slice(0, headerEnd)) {
      const leftRuns = l.runs.filter((r) => r.x < middle);
      const rightRuns = l.runs.filter((r) => r.x >= middle);
      if (leftRuns.length) left.push(joinRuns(leftRuns, corrections));
      if (rightRuns.length) right.push(joinRuns(rightRuns, corrections));
    }
    if (left.length && right.length) notes.push('the two header columns, interleaved line by line in the PDF, were read as two blocks (issuer side, then Quốc hiệu side)');
    // "Số:" and the V/v lines belong after the letterhead; keep the left column's order.
    blocks.push(
      left.filter((l) => !/^(Số|V\/v)/u.test(l)),
      left.filter((l) => /^(Số|V\/v)/u.test(l)),
      right,
    );
  }
  // The Nơi nhận list and the signature sit side by side like the header: split them the same way.
  let tail: string[][] = [];
  const receivedAt = lines.findIndex((l, i) => i >= Math.max(0, headerEnd) && /^Nơi nhận/u.test(l.text));
  if (receivedAt !== -1) {
    const middle = pageWidth * 0.45;
    const end = lines.findIndex((l, i) => i > receivedAt && /^(PHỤ LỤC|Phụ lục)/u.test(l.text));
    const zone = lines.slice(receivedAt, end === -1 ? undefined : end);
    const left: string[] = [];
    const right: string[] = [];
    for (const l of zone) {
      const leftRuns = l.runs.filter((r) => r.x < middle);
      const rightRuns = l.runs.filter((r) => r.x >= middle);
      if (leftRuns.length) {
        const text = joinRuns(leftRuns, corrections);
        // A wrapped recipient continues the line above.
        if (left.length > 1 && !/^[-–+•]/u.test(text) && !/[;.]$/.test(left.at(-1)!)) left[left.length - 1] = `${left.at(-1)} ${text}`;
        else left.push(text);
      }
      if (rightRuns.length) right.push(joinRuns(rightRuns, corrections));
    }
    if (right.length) notes.push('the Nơi nhận list and the signature, side by side in the PDF, were read as two blocks');
    tail = [left, right.filter((l) => l.length > 1 || /\p{Lu}{2}/u.test(l))];
    lines.splice(receivedAt, zone.length);
  }
  // The body: a new paragraph where a line is indented, starts a list item, or follows a line ending a sentence.
  const body = lines.slice(Math.max(0, headerEnd));
  const margin = Math.min(...body.map((l) => l.x).filter((x) => x > 0), Infinity);
  let current: string[] = [];
  let prev: Line | null = null;
  const flush = () => {
    if (current.length) blocks.push(current);
    current = [];
  };
  for (const l of body) {
    const indented = l.x - margin > l.size * 1.2;
    const item = /^([-–+•]|\d+(\.\d+)*\.|[a-zđ]\)|[IVX]+\.)\s/u.test(l.text);
    const centered = Math.abs(l.x + l.runs.reduce((w, r) => w + r.w, 0) / 2 - pageWidth / 2) < pageWidth * 0.08 && l.text === l.text.toUpperCase();
    const gap = prev && prev.page === l.page ? prev.y - l.y > prev.size * 1.9 : false;
    if (!prev || indented || item || centered || gap || KIND.test(l.text) || /^Nơi nhận/u.test(l.text) || (prev && /[.:;]$/.test(prev.text) && /^\p{Lu}/u.test(l.text))) flush();
    if (current.length && /^(Nơi nhận|KT\.|TM\.|PHÓ|CHỦ TỊCH|GIÁM ĐỐC)/u.test(l.text)) flush();
    current.push(l.text);
    // A heading or the type word stands alone.
    if (KIND.test(l.text) || centered) flush();
    prev = l;
  }
  flush();
  const tailStart = blocks.length;
  blocks.push(...tail);
  const text = `${blocks
    .map((b) => b.filter(Boolean))
    .filter((b) => b.length)
    .map((b, i, all) => {
      // Paragraph blocks are joined into one line; header, Nơi nhận and signature keep their lines.
      const keep = i < 3 || i >= tailStart || b.some((l) => /^Nơi nhận|^[-–]\s/u.test(l)) || b.every((l) => l === l.toUpperCase() || /^\p{Lu}\p{Ll}*(\s\p{Lu}\p{Ll}*){1,4}$/u.test(l));
      void all;
      return keep ? b.join('\n') : b.join(' ');
    })
    .join('\n\n')}\n`;
  return { text, format: 'pdf', corrections, notes };
}
