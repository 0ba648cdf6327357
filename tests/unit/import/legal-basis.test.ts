/** The legal basis: "Căn cứ / Thực hiện / Triển khai" paragraphs, one entry per document cited. */
import { describe, expect, it } from 'vitest';
import { basisEntries, basisKey, basisParagraphs, readLegalBasis } from '../../../src/lib/import/legal-basis';

describe('legal basis', () => {
  it('reads every "Căn cứ" paragraph, laws cited by name included', () => {
    const body =
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n\nCăn cứ Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân cấp;\n\nCăn cứ Quyết định số 1883/QĐ-UBND ngày 06/11/2025 của UBND tỉnh;\n\nI. MỤC ĐÍCH';
    expect(readLegalBasis(body).map(basisKey)).toEqual(['Luật Tổ chức chính quyền địa phương', '146/2025/NĐ-CP', '1883/QĐ-UBND']);
  });

  it('stops at "Theo đề nghị" and at the first paragraph that is not a basis', () => {
    expect(basisParagraphs('Căn cứ Quyết định số 1/QĐ-UBND;\n\nTheo đề nghị của Sở Nội vụ.\n\nCăn cứ Quyết định số 2/QĐ-UBND;')).toEqual(['Căn cứ Quyết định số 1/QĐ-UBND;']);
    expect(basisParagraphs('I. MỤC ĐÍCH\n\nNội dung.\n\nMột đoạn.\n\nHai đoạn.\n\nCăn cứ Quyết định số 1/QĐ-UBND;')).toEqual([]);
  });

  it('cuts a paragraph citing several documents into one entry each', () => {
    const entries = basisEntries(
      'Thực hiện Chỉ thị số 27/CT-TTg ngày 15/8/2024 của Thủ tướng Chính phủ và Kế hoạch số 08/KH-UBND ngày 05/01/2024 của UBND tỉnh, UBND huyện ban hành Kế hoạch như sau:',
    );
    expect(entries.map(basisKey)).toEqual(['27/CT-TTg', '08/KH-UBND']);
  });

  it('opens an entry mid-paragraph at "; Căn cứ …" and at "và hướng dẫn của … tại …"', () => {
    // Cần Thơ d40513a8b25883ec and TP. Hồ Chí Minh 31fb08f34535fce3 (tests/fixtures/real/SOURCES.md), shortened.
    const p =
      'Căn cứ Nghị quyết số 206/NQ-HĐND ngày 03 tháng 10 năm 2025 của Hội đồng nhân dân thành phố Cần Thơ; Căn cứ Kế hoạch số 77/KH-UBND ngày 17 tháng 9 năm 2025 của Ủy ban nhân dân thành phố Cần Thơ.';
    expect(basisEntries(p).map(basisKey)).toEqual(['206/NQ-HĐND', '77/KH-UBND']);
    const q = 'Thực hiện Hướng dẫn số 02-TT/TU ngày 03 tháng 10 năm 2025 của Thành ủy và hướng dẫn của Bộ Nội vụ tại Công văn số 8935/BNV-CTTN&BĐG ngày 03 tháng 10 năm 2025 về việc hướng dẫn.';
    expect(basisEntries(q).map(basisKey)).toEqual(['02-TT/TU', '8935/BNV-CTTN&BĐG']);
  });

  it('does not count a document joined by "và" inside the description of another one', () => {
    // Đồng Nai ad5aff6c13929815: 07-KH/TU is in what 17/KH-UBND is about.
    const p =
      'Căn cứ Kế hoạch số 17/KH-UBND ngày 11/8/2025 của UBND tỉnh về thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ và Kế hoạch số 07-KH/TU ngày 25/7/2025 của Ban thường vụ Tỉnh ủy;';
    expect(basisEntries(p).map(basisKey)).toEqual(['17/KH-UBND']);
    // … but after the short name in brackets that closes an entry, "và" opens the next (f069c23c942c1ec6).
    const q =
      'Căn cứ Nghị quyết số 50/NQ-CP ngày 13/3/2025 của Chính phủ về ban hành Kế hoạch triển khai Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội (Nghị quyết số 50/NQ-CP) và Quyết định số 7619/QĐ-BCA ngày 08/9/2025 của Bộ trưởng Bộ Công an;';
    expect(basisEntries(q).map(basisKey)).toEqual(['50/NQ-CP', '7619/QĐ-BCA']);
    // A list announced by a plural type word: "; Các Công điện: số 007/…, số 008/…".
    const r = 'Căn cứ Công điện số 223/CĐ-TTg ngày 20/11/2025 của Thủ tướng Chính phủ; Các Công điện: số 007/CĐ-UBND ngày 17/11/2025, số 008/CĐ-UBND ngày 19/11/2025 của UBND tỉnh;';
    expect(basisEntries(r).map(basisKey)).toEqual(['223/CĐ-TTg', '007/CĐ-UBND', '008/CĐ-UBND']);
  });

  it('keys a law cited by name by its whole name, commas included, up to its number or date', () => {
    expect(basisKey('Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 26 tháng 8 năm 2024')).toBe('Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ');
    expect(basisKey('Luật Tổ chức chính quyền địa phương số 72/2025/QH15')).toBe('72/2025/QH15');
    expect(basisKey('Luật Thủy sản năm 2017')).toBe('Luật Thủy sản năm 2017');
  });
});
