/**
 * Tesseract's TSV output (`tesseract <image> stdout tsv`): one row per word with its block,
 * paragraph and line numbers, its box in pixels (left, top, width, height) and its confidence.
 * Read into words, lines with their boxes (a line Tesseract ran across two columns is cut at the
 * wide gap between them) and blocks of lines, the shape of the common text.
 */
import type { OcrLine } from '../source-text';

export interface OcrWord {
  block: number;
  par: number;
  line: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** 0–100; -1 for a row Tesseract gives no confidence. */
  conf: number;
  text: string;
}

export interface OcrTextLine {
  /** "block.par" of Tesseract: the paragraph the line belongs to. */
  par: string;
  words: OcrWord[];
  text: string;
  /** Mean word confidence, one decimal. */
  confidence: number;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The words of a TSV, empty ones dropped; `dx`/`dy` move the boxes (a crop's words back into
 * the page), `block` renumbers the blocks (so a crop's blocks stay apart from the page's).
 */
export function parseTsvWords(tsv: string, shift: { dx?: number; dy?: number; block?: number } = {}): OcrWord[] {
  const words: OcrWord[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const c = row.split('\t');
    if (c.length < 12 || c[0] !== '5') continue;
    const text = c.slice(11).join('\t').trim();
    if (!text) continue;
    words.push({
      block: Number(c[2]) + (shift.block ?? 0),
      par: Number(c[3]),
      line: Number(c[4]),
      left: Number(c[6]) + (shift.dx ?? 0),
      top: Number(c[7]) + (shift.dy ?? 0),
      width: Number(c[8]),
      height: Number(c[9]),
      conf: Number(c[10]),
      text,
    });
  }
  return words;
}

/** A gap wider than this between two words of one OCR line is the gap between two columns. */
export const columnGap = (height: number) => Math.max(2.5 * height, 50);

/** The words in lines, in the order given: a new line at each Tesseract line, and at a gap between columns. */
export function wordLines(words: readonly OcrWord[]): OcrTextLine[] {
  const lines: OcrTextLine[] = [];
  let current: OcrWord[] = [];
  let key = '';
  const end = () => {
    if (!current.length) return;
    const w = current;
    lines.push({
      par: `${w[0]!.block}.${w[0]!.par}`,
      words: w,
      text: w
        .map((x) => x.text)
        .join(' ')
        .normalize('NFC'),
      confidence: Math.round((w.reduce((s, x) => s + Math.max(0, x.conf), 0) / w.length) * 10) / 10,
      left: Math.min(...w.map((x) => x.left)),
      top: Math.min(...w.map((x) => x.top)),
      right: Math.max(...w.map((x) => x.left + x.width)),
      bottom: Math.max(...w.map((x) => x.top + x.height)),
    });
    current = [];
  };
  for (const w of words) {
    const k = `${w.block}.${w.par}.${w.line}`;
    const prev = current.at(-1);
    // Two header columns on one OCR line ("SỐ 1050/QĐ-SCT      Lào Cai, ngày …"): a wide gap splits it.
    if (k !== key || (prev && w.left - (prev.left + prev.width) > columnGap(w.height))) end();
    key = k;
    current.push(w);
  }
  end();
  return lines;
}

/** Lines into blocks: one block per Tesseract paragraph, in order. */
export function linesToBlocks(lines: readonly OcrTextLine[]): string[][] {
  const blocks: string[][] = [];
  let par = '';
  for (const l of lines) {
    if (l.par !== par || !blocks.length) blocks.push([]);
    par = l.par;
    blocks.at(-1)!.push(l.text);
  }
  return blocks;
}

/** Mean confidence of the words that have one, one decimal; 0 with none. */
export function meanConfidence(words: readonly OcrWord[]): number {
  const confs = words.map((w) => w.conf).filter((c) => c >= 0);
  return confs.length ? Math.round((confs.reduce((a, b) => a + b, 0) / confs.length) * 10) / 10 : 0;
}

/** Parses Tesseract's TSV into paragraphs of lines with confidences (the reading order Tesseract gives). */
export function parseTsv(tsv: string, page: number): { blocks: string[][]; lines: OcrLine[]; confidence: number } {
  const words = parseTsvWords(tsv);
  const lines = wordLines(words);
  return { blocks: linesToBlocks(lines), lines: lines.map((l) => ({ page, text: l.text, confidence: l.confidence })), confidence: meanConfidence(words) };
}
