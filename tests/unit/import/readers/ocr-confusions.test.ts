import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blankUnreadable, fixOcrConfusions, fixRecipientsColumn, fixSignerColumn, isNoise, readsAsListHeading } from '../../../../src/lib/import/readers/ocr-confusions';
import { parseTsvWords, wordLines } from '../../../../src/lib/import/readers/ocr-tsv';
import type { SourceCorrection } from '../../../../src/lib/import/source-text';

// Header lines as Tesseract read them on real scans (tests/fixtures/ocr/README.md).
const line = (fixture: string, start: string) => wordLines(parseTsvWords(readFileSync(join(import.meta.dirname, '../../../fixtures/ocr', fixture), 'utf8'))).find((l) => l.text.startsWith(start))!;

const fix = (text: string) => {
  const corrections: SourceCorrection[] = [];
  return { text: fixOcrConfusions(text, corrections), corrections };
};

describe('fixOcrConfusions', () => {
  it('reads "Số:" at the start of a number line, and records it', () => {
    const { text, corrections } = fix('BỘ CÔNG THƯƠNG\nSó: 813 /HC-CNHC\nV/v trao đổi');
    expect(text).toBe('BỘ CÔNG THƯƠNG\nSố: 813 /HC-CNHC\nV/v trao đổi');
    expect(corrections).toEqual([{ original: 'Só:', corrected: 'Số:', count: 1, reason: 'OCR misread "Số:" at the start of the number line (a number and symbol follow)' }]);
    expect(fix('Sô; /QĐ-UBND').text).toBe('Số: /QĐ-UBND');
    expect(fix('Sồ 2336/QĐ-UBND').text).toBe('Số 2336/QĐ-UBND');
    expect(fix('số: /HC-CNHC').text).toBe('Số: /HC-CNHC');
  });

  it('leaves a line alone that is not a number line, or already right', () => {
    for (const line of ['Sô liệu năm 2025/2026 như sau', 'Số: 12/KH-UBND', 'Sóc Trăng, ngày 3 tháng 4 năm 2026', 'Sở Công Thương']) {
      const { text, corrections } = fix(line);
      expect(text).toBe(line);
      expect(corrections).toEqual([]);
    }
  });

  it('reads "ngày", "tháng", "năm" in a place-and-date line whose words lost or changed their marks', () => {
    const { text, corrections } = fix('Hà Nội, ngảy 22 thảng 4 nãm 2026');
    expect(text).toBe('Hà Nội, ngày 22 tháng 4 năm 2026');
    expect(corrections.map((c) => [c.original, c.corrected])).toEqual([
      ['ngảy', 'ngày'],
      ['thảng', 'tháng'],
      ['nãm', 'năm'],
    ]);
    // Blank day and month stay blank.
    expect(fix('Lào Cai, ngay thang năm 2026').text).toBe('Lào Cai, ngày tháng năm 2026');
  });

  it('changes no digit and no other word of a date line', () => {
    // "ngàv" does not read "ngay" without its marks: left as OCR read it.
    expect(fix('Hà Nội, ngàv 22 tháng 4 năm 2026').text).toBe('Hà Nội, ngàv 22 tháng 4 năm 2026');
    expect(fix('Lào Cai, ngày 0l tháng 7 năm 2026').text).toBe('Lào Cai, ngày 0l tháng 7 năm 2026');
  });

  it("in the left column of the foot, reads the list heading and the entries' dashes OCR misread", () => {
    const corrections: SourceCorrection[] = [];
    // The left column of the foot of Công văn 813/HC-CNHC and of Công văn 3036/SCT-CN (tests/fixtures/real/SOURCES.md), as Tesseract read them.
    expect(fixRecipientsColumn(['Trân trọng./.', 'Nơi nhận:', '~ Như trên;', '- Cục trưởng (để báo cáo);'], corrections)).toEqual([
      'Trân trọng./.',
      'Nơi nhận:',
      '- Như trên;',
      '- Cục trưởng (để báo cáo);',
    ]);
    expect(fixRecipientsColumn(['Ti nhận:', '- Như trên,', '- Ban Giám đốc Sở;'], corrections)).toEqual(['Nơi nhận:', '- Như trên,', '- Ban Giám đốc Sở;']);
    expect(corrections.map((c) => [c.original, c.corrected])).toEqual([
      ['~', '-'],
      ['Ti nhận:', 'Nơi nhận:'],
    ]);
    // No dashed entry under it: not the list's heading.
    expect(fixRecipientsColumn(['Tin nhắn', 'Văn bản này'], [])).toEqual(['Tin nhắn', 'Văn bản này']);
    expect(readsAsListHeading('Nơi THÂN')).toBe(true);
    expect(readsAsListHeading('Nơi tổ chức hội nghị')).toBe(false);
  });

  it('tells noise (a stamp or a signature read as characters) from text', () => {
    expect(['„', '-', '` /', 'Á', '\\*\\'].map(isNoise)).toEqual([true, true, true, true, true]);
    expect(['KT. CỤC TRƯỞNG', '- Lưu: VT.', 'À2 bộ'].map(isNoise)).toEqual([false, false, false]);
  });

  it('leaves blank a handwritten number, day or month OCR read as junk, and records it', () => {
    const corrections: SourceCorrection[] = [];
    // Công văn 813/HC-CNHC: "813" and "22" are handwritten.
    expect(blankUnreadable(line('cv-813-page-1-top.tsv', 'số:'), corrections)).toMatchObject({ line: { text: 'số: /HC-CNHC' }, blanked: ['number'] });
    expect(blankUnreadable(line('cv-813-page-1-top.tsv', 'Hà Nội'), corrections)).toMatchObject({ line: { text: 'Hà Nội, ngày tháng 4 năm 2026' }, blanked: ['day'] });
    // Quyết định 2336/QĐ-UBND: "2336" read as two numbers, "02" and "7" as letters and signs.
    expect(blankUnreadable(line('qd-2336-page-1-top.tsv', 'Số:'), corrections).line.text).toBe('Số: /QĐ-UBND');
    expect(blankUnreadable(line('qd-2336-page-1-top.tsv', 'Lào Cai'), corrections)).toMatchObject({ line: { text: 'Lào Cai, ngày tháng năm 2026' }, blanked: ['day', 'month'] });
    expect(corrections.map((c) => c.original)).toEqual(['Êđỗ', '°*È}', '45 26', '0Â', '†']);
    // The symbol with an eth for Đ, before the look-alikes are replaced (Quyết định 2338/QĐ-UBND).
    const row = (n: number, left: number, text: string) => `5\t1\t3\t1\t2\t${n}\t${left}\t480\t60\t50\t60\t${text}`;
    const eth = wordLines(parseTsvWords(['level', row(1, 414, 'số:'), row(2, 500, 'đ#ZŠ/QÐ-UBND')].join('\n')))[0]!;
    expect(blankUnreadable(eth, []).line.text).toBe('số: /QÐ-UBND');
    expect(corrections.every((c) => c.corrected === '' && /left blank for a person to fill from the scan/.test(c.reason))).toBe(true);
  });

  it('keeps a number and a date OCR read as digits', () => {
    const corrections: SourceCorrection[] = [];
    // Công văn 3036/SCT-CN: the number stamped at signing, inside the word "Só:3036"; "28" (italic) read "26".
    const number = line('3036-page-1-top.tsv', 'Só:3036');
    expect(blankUnreadable(number, corrections)).toEqual({ line: number, blanked: [] });
    const date = line('3036-page-1-top.tsv', 'Lào Cai');
    expect(blankUnreadable(date, corrections)).toEqual({ line: date, blanked: [] });
    expect(date.text).toBe('Lào Cai, ngày 26 tháng 35 năm 2026');
    expect(corrections).toEqual([]);
  });

  it("drops the signature's stroke read before the signer's name", () => {
    const corrections: SourceCorrection[] = [];
    expect(fixSignerColumn(['KT. CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG', '—_ Phạm Huy Nam Sơn'], corrections)).toEqual(['KT. CỤC TRƯỞNG', 'PHÓ CỤC TRƯỞNG', 'Phạm Huy Nam Sơn']);
    expect(corrections).toMatchObject([{ original: '—_', corrected: '' }]);
    expect(fixSignerColumn(['- Lưu: VT.', '(đã ký)'], [])).toEqual(['- Lưu: VT.', '(đã ký)']);
  });
});
