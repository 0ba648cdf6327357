/** The title under the type word, on the layouts of real documents. */
import { describe, expect, it } from 'vitest';
import { readTitle } from '../../../src/lib/import/title';

describe('title', () => {
  it('reads a title over several lines, in capitals, to the first line of the body', () => {
    const l = ['KẾ HOẠCH', 'THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA', 'THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG', '', 'Thực hiện Chỉ thị số 27/CT-TTg …'];
    expect(readTitle(l, 0, 'KẾ HOẠCH').title).toBe('THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG');
    expect(readTitle(['KẾ HOẠCH', 'Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026', '', 'của Ban Thường vụ Tỉnh ủy', '', 'Thực hiện …'], 0, 'KẾ HOẠCH').title).toBe(
      'Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy',
    );
    expect(readTitle(['KẾ HOẠCH Tuyên truyền cải cách hành chính năm 2022', '', 'Thực hiện …'], 0, 'KẾ HOẠCH').title).toBe('Tuyên truyền cải cách hành chính năm 2022');
  });

  it('stops at the appendix caption and gives the lines it read', () => {
    const l = ['KẾ HOẠCH', 'TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH', '(Ban hành kèm theo Quyết định số 12/QĐ-UBND)', 'I. MỤC ĐÍCH'];
    expect(readTitle(l, 0, 'KẾ HOẠCH')).toEqual({ title: 'TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH', from: 0, to: 2 });
  });

  it('gives null when nothing follows the type word', () => {
    expect(readTitle(['KẾ HOẠCH', '', 'I. MỤC ĐÍCH, YÊU CẦU'], 0, 'KẾ HOẠCH').title).toBeNull();
  });
});
