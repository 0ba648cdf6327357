/** What a document is: its type word, a công văn's V/v line, a decision's attached plan. */
import { describe, expect, it } from 'vitest';
import { findAttachedPlan, findKindLine, kindOfLine, looksLikeCongVan, TYPE_ABBREVIATIONS } from '../../../src/lib/import/document-kind';

describe('document kind', () => {
  it('tells a plan from other documents by the type word', () => {
    expect(kindOfLine('KẾ HOẠCH')).toBe('Kế hoạch');
    expect(kindOfLine('QUYẾT ĐỊNH')).toBe('Quyết định');
    expect(kindOfLine('KẾ HOẠCH Tuyên truyền cải cách hành chính')).toBe('Kế hoạch');
    // Laws as the national legal database prints them; the navigation's "Bộ luật" (not capitals) is no type line.
    expect(['BỘ LUẬT', 'HIẾN PHÁP', 'PHÁP LỆNH', 'Bộ luật'].map(kindOfLine)).toEqual(['Bộ luật', 'Hiến pháp', 'Pháp lệnh', null]);
    expect(kindOfLine('Kế hoạch này được triển khai')).toBeNull();
    expect(findKindLine(['ỦY BAN NHÂN DÂN', 'CHỈ THỊ'])).toBe(1);
    expect(findKindLine(['ỦY BAN NHÂN DÂN', 'Số: 1/UBND'])).toBe(-1);
  });

  it('knows a công văn by its V/v line or its symbol', () => {
    expect(looksLikeCongVan(['Số: 7432/UBND-XD', 'V/v triển khai'], '7432/UBND-XD')).toBe(true);
    expect(looksLikeCongVan(['Số: 6791/SNNMT-KHTC'], 'SNNMT-KHTC')).toBe(true);
    expect(looksLikeCongVan(['Số: 12/KH-UBND'], 'KH-UBND')).toBe(false);
    expect(TYPE_ABBREVIATIONS.get('KH')).toBe('Kế hoạch');
  });

  it('finds the plan a Quyết định issues, with its caption, only when the decision says it issues one', () => {
    const lines = [
      'QUYẾT ĐỊNH',
      'VỀ VIỆC BAN HÀNH KẾ HOẠCH TUYÊN TRUYỀN',
      'Điều 1.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'KẾ HOẠCH',
      'TUYÊN TRUYỀN',
      '(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 5/1/2026)',
    ];
    expect(findAttachedPlan(lines, 0, 'VỀ VIỆC BAN HÀNH KẾ HOẠCH TUYÊN TRUYỀN')).toEqual({ kindLine: 5, caption: '12/QĐ-UBND ngày 5/1/2026', captionLine: 7 });
    expect(findAttachedPlan(lines, 0, 'VỀ VIỆC ỦY QUYỀN')).toBeNull();
  });
});
