import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnsOf, findFooterRegion, findHeaderRegion, isAcrossLine, placeOf, widestGap } from '../../../../src/lib/import/readers/ocr-layout';
import { parseTsvWords, wordLines, type OcrWord } from '../../../../src/lib/import/readers/ocr-tsv';

// Tesseract's own output on real scans (tests/fixtures/ocr/README.md); pages of 2480 × 3509 px (300 dpi).
const page = { width: 2480, height: 3509 };
const lines = (name: string) => wordLines(parseTsvWords(readFileSync(join(import.meta.dirname, '../../../fixtures/ocr', name), 'utf8')));
const text = (words: OcrWord[][]) => words.map((w) => w.map((x) => x.text).join(' '));

describe('ocr-layout', () => {
  it('finds the widest band free of words between two x positions', () => {
    const word = (left: number, width: number) => ({ block: 1, par: 1, line: 1, left, top: 0, width, height: 40, conf: 90, text: 'x' });
    expect(widestGap([word(100, 300), word(450, 100), word(900, 500)], 200, 1200, 20, 2480)).toEqual({ start: 550, end: 900 });
    // A box wider than half the page (a stamp read as one word) does not close a gap.
    expect(widestGap([word(100, 300), word(300, 1500), word(900, 500)], 200, 1200, 20, 2480)).toEqual({ start: 400, end: 900 });
    expect(widestGap([word(100, 1000)], 200, 1000, 20, 2480)).toBeNull();
  });

  it('finds the header of Công văn 813/HC-CNHC: above "Kính gửi", cut between its two columns', () => {
    const all = lines('cv-813-page-1-top.tsv');
    const header = findHeaderRegion(all, page)!;
    // "Kính gửi: Cục Hải quan" stands at 722 px; the left column's widest line ends at 1004, the Quốc hiệu starts at 1071.
    expect(header.top).toBe(0);
    expect(header.bottom).toBe(720);
    expect(header.split).toBeGreaterThan(1004);
    expect(header.split).toBeLessThan(1071);
    const inside = all.filter((l) => placeOf(l, header) === 'in').map((l) => l.text);
    expect(inside).toContain('Hà Nội, ngày °*È} tháng 4 năm 2026');
    expect(inside).not.toContain('Kính gửi: Cục Hải quan');
    // Read from the page's own OCR, column by column: the left cells, then the right ones.
    const { left, right } = columnsOf(all, header);
    expect(text(left)).toEqual(['BỘ CÔNG THƯƠNG', 'CỤC HÓA CHÁT', 'số: Êđỗ /HC-CNHC', 'V/v trao đổi về một số quy định', 'trong lĩnh vực hóa chât']);
    expect(text(right)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày °*È} tháng 4 năm 2026']);
  });

  it('finds no header where there is no Quốc hiệu near the top', () => {
    expect(findHeaderRegion(lines('qd-2336-page-5.tsv'), page)).toBeNull();
  });

  it('finds the foot of Công văn 813/HC-CNHC below the closing paragraph, cut between the list and the signature', () => {
    const all = lines('cv-813-page-2-foot.tsv');
    expect(
      isAcrossLine(
        all.find((l) => l.text.startsWith('quan liên hệ'))!,
        page,
      ),
    ).toBe(true);
    const foot = findFooterRegion(all, page)!;
    // "biết thêm thông tín." (2553–2614 px), the paragraph's last line, is left whole above the region.
    expect(foot.top).toBeGreaterThanOrEqual(2614);
    expect(foot.top).toBeLessThanOrEqual(2628);
    expect(foot.bottom).toBe(page.height);
    // The list's longest entry ends at 938 px, "KT. CỤC TRƯỞNG" starts at 1457.
    expect(foot.split).toBeGreaterThan(938);
    expect(foot.split).toBeLessThan(1450);
    const { left, right } = columnsOf(all, foot);
    expect(text(left).slice(-6)).toEqual(['Nơi nhận:', '- Như trên;', '- Cục trưởng (để báo cáo);', '- PCT. Vương Thành Chung;', '- VP, QLHC;', '- Lưu: VT, CNHC.']);
    // From the page's own OCR the signature's column keeps the stamp's marks (the reader OCRs it apart instead).
    expect(text(right)[1]).toBe('KT. CỤC TRƯỞNG h');
  });

  it('finds the foot of Quyết định 2336/QĐ-UBND by its dashed list when OCR misread "Nơi nhận"', () => {
    const all = lines('qd-2336-page-5.tsv');
    const foot = findFooterRegion(all, page)!;
    // "Nơi THÂN" at 570 px; the decision's last line ("bản lưu tại …", 409–522 px) stays above.
    expect(foot.top).toBeGreaterThan(522);
    expect(foot.top).toBeLessThanOrEqual(570);
    expect(foot.split).toBeGreaterThan(987);
    expect(foot.split).toBeLessThan(1426);
    const { left, right } = columnsOf(all, foot);
    expect(text(left)[0]).toBe('Nơi THÂN');
    expect(text(left)).toContain('- Lưu: VT, KT.');
    expect(text(left)).toHaveLength(9);
    expect(text(right)).toContain('CHỦ TỊCH');
    expect(text(right).at(-1)).toBe('Nguyễn Tuấn Anh');
  });
});
