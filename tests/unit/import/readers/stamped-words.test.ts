import { describe, expect, it } from 'vitest';
import { mergeStampedWords, type PlacedRun } from '../../../../src/lib/import/readers/stamped-words';

// Geometry as pdf.js and pdftotext give it for Công văn 2496/UBND-KT of UBND tỉnh Lào Cai (tests/fixtures/real/SOURCES.md).
const run = (str: string, x: number, y: number, w: number, size = 14): PlacedRun => ({ str, x, y, w, size });

describe('mergeStampedWords', () => {
  const dateLine = [run('Lào Cai, ngày', 326, 727.3, 79.7), run('tháng', 426.7, 727.3, 31.9), run('năm 2026', 476.1, 727.3, 55.6)];

  it('moves the stamped day and month onto the date line they fill', () => {
    const { added, overprinted } = mergeStampedWords(dateLine, [run('06', 412.5, 727.05, 13, 10.26), run('4', 464.5, 727.05, 6.5, 10.26)]);
    expect(overprinted).toEqual([]);
    expect(added.map((r) => [r.str, r.y, r.size])).toEqual([
      ['06', 727.3, 14],
      ['4', 727.3, 14],
    ]);
  });

  it('drops the words of a signature field that the text layer already shows there', () => {
    const block = [run('PHÓ CHÁNH VĂN PHÒNG', 355.8, 338.1, 174.6), run('Bùi Ngọc Hùng', 401.3, 231.2, 91.8)];
    const stamped = [run('PHÓ', 355.75, 337.9, 30.3, 13), run('CHÁNH', 389.6, 337.9, 52.1, 13), run('Bùi', 401.25, 231, 21, 13), run('Hùng', 459.6, 231, 33.5, 13)];
    expect(mergeStampedWords(block, stamped)).toEqual({ text: block, added: [], overprinted: [] });
  });

  it('keeps a stamped word on no text line as it is, and one that differs from the text under it', () => {
    const alone = run('2496', 126, 731, 30, 12);
    expect(mergeStampedWords([], [alone]).added).toEqual([alone]);
  });

  it('puts a stamp drawn over other text inside that text, keeps both and reports it', () => {
    // Quyết định 1696/QĐ-UBND: the month "5" stamped over the "4" of "tháng 4 năm 2026".
    const line = [run('Lào Cai, ngày', 294.1, 728.4, 79.7), run('tháng 4 năm 2026', 391.3, 728.4, 101.5)];
    const merged = mergeStampedWords(line, [run('5', 424.5, 729.5, 6.5, 10.26)]);
    expect(merged.overprinted).toEqual([{ word: '5', over: 'tháng 4 năm 2026' }]);
    const order = [...merged.text, ...merged.added].sort((a, b) => a.x - b.x).map((r) => r.str);
    expect(order).toEqual(['Lào Cai, ngày', 'tháng', '5', '4 năm 2026']);
  });
});
