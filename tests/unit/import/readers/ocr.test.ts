/**
 * OCR with the real Tesseract (Vietnamese data) and poppler: a page image rendered by pdftoppm
 * from a PDF with a text layer, then the same image as a scanned PDF with no text layer. No
 * mock: when Tesseract or poppler is missing these tests fail with what to install.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixLookalikes, LOW_CONFIDENCE, ocrMissing, OCR_INSTALL, parseTsv, readOcr } from '../../../../src/lib/import/readers/ocr';
import type { SourceCorrection } from '../../../../src/lib/import/source-text';
import { imagePdf, readPgm, textPdf } from '../../../helpers/mini-pdf';

const missing = ocrMissing();
if (missing) throw new Error(`the OCR reader tests need real OCR: ${missing}. ${OCR_INSTALL}`);

const dir = mkdtempSync(join(tmpdir(), 'ocr-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const page = textPdf([
  [
    { x: 70, y: 760, size: 16, text: 'So: 12/KH-UBND' },
    { x: 220, y: 700, size: 20, text: 'KE HOACH' },
    { x: 70, y: 640, size: 16, text: 'Tuyen truyen cai cach hanh chinh nam 2026' },
  ],
]);
writeFileSync(join(dir, 'page.pdf'), page);
execFileSync('pdftoppm', ['-r', '150', '-gray', '-singlefile', join(dir, 'page.pdf'), join(dir, 'page')]);
const pgm = readPgm(readFileSync(join(dir, 'page.pgm')));
execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', '-singlefile', join(dir, 'page.pdf'), join(dir, 'page')]);

describe('ocr', () => {
  it('reads a page image, with the confidence of the page', () => {
    const source = readOcr(readFileSync(join(dir, 'page.png')), 'image');
    expect(source.format).toBe('image-ocr');
    expect(source.text).toMatch(/So: 12\/KH-UBND/);
    expect(source.text).toMatch(/KE HOACH/);
    expect(source.ocr!.pages).toHaveLength(1);
    expect(source.ocr!.pages[0]!.confidence).toBeGreaterThan(LOW_CONFIDENCE);
  });

  it('reads a scanned PDF (an image, no text layer) page by page, and says why OCR was used', () => {
    const scan = imagePdf(pgm.pixels, pgm.width, pgm.height);
    const source = readOcr(scan, 'pdf', 'has no text layer (a scan)');
    expect(source.format).toBe('pdf-ocr');
    expect(source.text).toMatch(/Tuyen truyen cai cach hanh chinh nam 2026/);
    expect(source.notes[0]).toMatch(/^read by OCR \(Tesseract, Vietnamese\) from 1 page image\(s\): the PDF has no text layer \(a scan\)/);
  });

  it('parses Tesseract TSV into paragraphs with line confidences, and marks low ones', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '5\t1\t1\t1\t1\t1\t10\t10\t40\t12\t95\tKẾ',
      '5\t1\t1\t1\t1\t2\t55\t10\t60\t12\t93\tHOẠCH',
      '5\t1\t2\t1\t1\t1\t10\t40\t40\t12\t30\tmờ',
    ].join('\n');
    const parsed = parseTsv(tsv, 1);
    expect(parsed.blocks).toEqual([['KẾ HOẠCH'], ['mờ']]);
    expect(parsed.lines.filter((l) => l.confidence < LOW_CONFIDENCE).map((l) => l.text)).toEqual(['mờ']);
  });

  it('replaces look-alike characters and records each replacement', () => {
    const corrections: SourceCorrection[] = [];
    expect(fixLookalikes('Số: 12\u2044KH\u2010UBND', corrections)).toBe('Số: 12/KH-UBND');
    expect(corrections.map((c) => c.corrected)).toEqual(['/', '-']);
  });
});
