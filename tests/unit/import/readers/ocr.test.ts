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

  it('reads the two header columns and the foot ("Nơi nhận" beside the signature) column by column', () => {
    const letter = textPdf([
      [
        { x: 70, y: 790, size: 12, text: 'UY BAN NHAN DAN' },
        { x: 80, y: 775, size: 12, text: 'TINH LAO CAI' },
        { x: 75, y: 745, size: 12, text: 'So: 12/KH-UBND' },
        { x: 270, y: 790, size: 12, text: 'CONG HOA XA HOI CHU NGHIA VIET NAM' },
        { x: 320, y: 775, size: 12, text: 'Doc lap - Tu do - Hanh phuc' },
        { x: 300, y: 745, size: 12, text: 'Lao Cai, ngay 3 thang 4 nam 2026' },
        { x: 260, y: 690, size: 16, text: 'KE HOACH' },
        { x: 70, y: 650, size: 12, text: 'Tuyen truyen cai cach hanh chinh nam 2026 tren dia ban tinh Lao Cai va cac xa.' },
        { x: 70, y: 300, size: 11, text: 'Noi nhan:' },
        { x: 70, y: 286, size: 11, text: '- So Noi vu;' },
        { x: 70, y: 272, size: 11, text: '- Luu: VT.' },
        { x: 350, y: 300, size: 12, text: 'KT. CHU TICH' },
        { x: 350, y: 286, size: 12, text: 'PHO CHU TICH' },
        { x: 345, y: 220, size: 12, text: 'Nguyen Van An' },
      ],
    ]);
    writeFileSync(join(dir, 'letter.pdf'), letter);
    execFileSync('pdftoppm', ['-r', '150', '-gray', '-singlefile', join(dir, 'letter.pdf'), join(dir, 'letter')]);
    const grey = readPgm(readFileSync(join(dir, 'letter.pgm')));
    const source = readOcr(imagePdf(grey.pixels, grey.width, grey.height), 'pdf', 'has no text layer (a scan)');
    const lines = source.text.split('\n').map((l) => l.trim());
    const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
    // Each cell on a line of its own, the left column before the right one, the type word after both.
    expect(lines[at(/^So: 12\/KH-UBND/)]).toBe('So: 12/KH-UBND');
    // The date line's words without their marks read as "ngày", "tháng", "năm" (recorded).
    expect(lines[at(/^Lao Cai, ngày/)]).toBe('Lao Cai, ngày 3 tháng 4 năm 2026');
    expect(source.corrections.map((c) => c.corrected)).toEqual(expect.arrayContaining(['ngày', 'tháng', 'năm']));
    expect(at(/^TINH LAO CAI$/)).toBeLessThan(at(/^CONG HOA/));
    expect(at(/^So: 12/)).toBeLessThan(at(/^CONG HOA/));
    expect(at(/^Lao Cai, ngày/)).toBeLessThan(at(/^KE HOACH$/));
    // The list, then the signature block, each whole (Tesseract's Vietnamese model may add the marks of "Nơi nhận", "CHỦ TỊCH").
    const list = at(/^N[oơ]i nh[aậ]n:$/);
    expect(lines.slice(list + 1, list + 3)).toEqual(['- So Noi vu;', '- Luu: VT.']);
    const signature = lines.slice(at(/^KT\. CH[UỦ] T[IỊ]CH$/)).filter(Boolean);
    expect(signature).toHaveLength(3);
    expect(signature.slice(1)).toEqual([expect.stringMatching(/^PHO CH[UỦ] T[IỊ]CH$/), 'Nguyen Van An']);
    expect(list).toBeLessThan(at(/^KT\. CH/));
    expect(source.notes.join(' ')).toMatch(/header's two columns read apart .*"Nơi nhận" list and the signature block beside it read apart \(page 1\)/);

    // The same page as an image file, which the reader does not crop: the regions are read from the page's own OCR, column by column.
    execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', '-singlefile', join(dir, 'letter.pdf'), join(dir, 'letter')]);
    const image = readOcr(readFileSync(join(dir, 'letter.png')), 'image');
    const imageLines = image.text.split('\n').map((l) => l.trim());
    const imageAt = (re: RegExp) => imageLines.findIndex((l) => re.test(l));
    expect(imageLines[imageAt(/^So: 12\/KH-UBND/)]).toBe('So: 12/KH-UBND');
    expect(imageAt(/^So: 12/)).toBeLessThan(imageAt(/^CONG HOA/));
    expect(imageAt(/^N[oơ]i nh[aậ]n:$/)).toBeLessThan(imageAt(/^KT\. CH/));
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
    // As Tesseract read Nghị quyết 668-NQ/ĐU on page 1 of Quyết định 2336/QĐ-UBND (tests/fixtures/real/SOURCES.md).
    expect(fixLookalikes('Nghị quyết số 6ó6-NQ/\u00d0ĐU', corrections)).toBe('Nghị quyết số 6ó6-NQ/ĐĐU');
    expect(corrections.at(-1)).toMatchObject({ original: '\u00d0', corrected: 'Đ' });
  });
});
