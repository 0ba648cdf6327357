/**
 * The common shape every reader produces: the document as plain lines, blocks separated by a
 * blank line (a paragraph, a header cell, a signature cell), table rows as tab-separated cells,
 * with the normalisations made on the way recorded as corrections. The extraction modules read
 * this shape only, whatever the file was.
 */
export interface SourceCorrection {
  original: string;
  corrected: string;
  count: number;
  reason: string;
}

export interface OcrLine {
  page: number;
  text: string;
  confidence: number;
}

export interface SourceText {
  /** The document as text: blocks separated by blank lines. */
  text: string;
  /** What the reader read: docx, pdf, pdf-ocr, image-ocr, html, md, txt. */
  format: SourceFormat;
  corrections: SourceCorrection[];
  notes: string[];
  /** OCR only: mean word confidence per page (0–100) and the lines below the review threshold. */
  ocr?: { pages: { page: number; confidence: number }[]; lowConfidence: OcrLine[] };
}

export type SourceFormat = 'docx' | 'pdf' | 'pdf-ocr' | 'image-ocr' | 'html' | 'md' | 'txt';

/** Adds a correction, or counts it again when the same change was already recorded. */
export function recordCorrection(list: SourceCorrection[], original: string, corrected: string, reason: string): void {
  const same = list.find((c) => c.original === original && c.corrected === corrected && c.reason === reason);
  if (same) same.count++;
  else list.push({ original, corrected, count: 1, reason });
}

/** Blocks (arrays of lines) to the common text: blank line between blocks, no empty blocks. */
export function blocksToText(blocks: readonly (readonly string[])[]): string {
  return `${blocks
    .map((b) => b.map((l) => l.replace(/[ \u00a0]+/g, ' ').replace(/^ +| +$/g, '')).filter((l) => l.replace(/\t/g, '').trim() !== ''))
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n')}\n`;
}
