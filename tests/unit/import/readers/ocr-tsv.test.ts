import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesToBlocks, meanConfidence, parseTsv, parseTsvWords, wordLines } from '../../../../src/lib/import/readers/ocr-tsv';

// Tesseract's own output on page 1 of Công văn 813/HC-CNHC (tests/fixtures/ocr/README.md).
const tsv = readFileSync(join(import.meta.dirname, '../../../fixtures/ocr/cv-813-page-1-top.tsv'), 'utf8');

describe('ocr-tsv', () => {
  it('reads the word rows with their boxes and confidences', () => {
    const words = parseTsvWords(tsv);
    expect(words).toHaveLength(137);
    expect(words[0]).toEqual({ block: 2, par: 1, line: 1, left: 458, top: 315, width: 68, height: 59, conf: 96.201523, text: 'BỘ' });
    // A crop's words moved back into the page, its blocks apart from the page's.
    expect(parseTsvWords(tsv, { dx: 100, dy: 10, block: 1000 })[0]).toMatchObject({ block: 1002, left: 558, top: 325 });
  });

  it('cuts a line Tesseract ran across the two header columns at the gap between them', () => {
    const lines = wordLines(parseTsvWords(tsv));
    // One Tesseract line (4.1.2): the number cell of the left column and the date cell of the right one.
    expect(lines.map((l) => l.text)).toContain('số: Êđỗ /HC-CNHC');
    expect(lines.map((l) => l.text)).toContain('Hà Nội, ngày °*È} tháng 4 năm 2026');
    const number = lines.find((l) => l.text.startsWith('số:'))!;
    expect([number.left, number.right, number.par]).toEqual([451, 929, '4.1']);
    expect(number.confidence).toBeLessThan(80);
  });

  it('groups the lines into blocks by Tesseract paragraph, and gives the page its mean confidence', () => {
    const blocks = linesToBlocks(wordLines(parseTsvWords(tsv)));
    expect(blocks.find((b) => b.includes('Kính gửi: Cục Hải quan'))).toEqual(['Kính gửi: Cục Hải quan']);
    const page = parseTsv(tsv, 1);
    expect(page.blocks).toEqual(blocks);
    expect(page.confidence).toBe(meanConfidence(parseTsvWords(tsv)));
    expect(page.confidence).toBeGreaterThan(85);
    expect(page.lines.every((l) => l.page === 1)).toBe(true);
  });
});
