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

  it('keys a law cited by name by its whole name, commas included, up to its number or date', () => {
    expect(basisKey('Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 26 tháng 8 năm 2024')).toBe('Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ');
    expect(basisKey('Luật Tổ chức chính quyền địa phương số 72/2025/QH15')).toBe('72/2025/QH15');
    expect(basisKey('Luật Thủy sản năm 2017')).toBe('Luật Thủy sản năm 2017');
  });
});
