import { describe, expect, it } from 'vitest';
import { findSignedBlock, findTrailingSignature } from '../../../src/lib/import/signing-mark';
import { readSigner } from '../../../src/lib/import/signer';

describe('findSignedBlock', () => {
  it('reads the title above "(Đã ký)" and the name under it (a legal library page of a law)', () => {
    const lines = ['Bộ luật này đã được Quốc hội … thông qua ngày 27 tháng 11 năm 2015./.', 'Chủ tịch Quốc hội', '(Đã ký)', 'Nguyễn Sinh Hùng', 'Tải file đính kèm'];
    expect(findSignedBlock(lines)).toEqual({ at: 2, lines: ['Chủ tịch Quốc hội', 'Nguyễn Sinh Hùng'] });
    expect(readSigner(findSignedBlock(lines)!.lines)).toMatchObject({ name: 'Nguyễn Sinh Hùng', capacity: null });
  });

  it('reads a signature table kept as one row', () => {
    const block = findSignedBlock(['Nơi nhận và chữ ký:', '\tKT. THỦ TƯỚNG PHÓ THỦ TƯỚNG ( Đã ký ) Hồ Quốc Dũng']);
    expect(block).toEqual({ at: 1, lines: ['KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG', 'Hồ Quốc Dũng'] });
    expect(readSigner(block!.lines)).toMatchObject({ name: 'Hồ Quốc Dũng', capacity: 'KT.' });
  });

  it('finds nothing without the mark or without a name after it', () => {
    expect(findSignedBlock(['CHỦ TỊCH', 'Nguyễn Văn A'])).toBeNull();
    expect(findSignedBlock(['CHỦ TỊCH', '(Đã ký)', 'Tải file đính kèm'])).toBeNull();
    // Before `from` (the body's start) is not looked at.
    expect(findSignedBlock(['CHỦ TỊCH', '(Đã ký)', 'Nguyễn Văn A', 'KẾ HOẠCH'], 3)).toBeNull();
  });
});

describe('findTrailingSignature', () => {
  it('reads the block a page ends with when it lost its Nơi nhận list (Chỉ thị 06/CT-UBND of Quảng Trị)', () => {
    const lines = ['Yêu cầu Giám đốc các sở, ban, ngành triển khai thực hiện nghiêm túc Chỉ thị này./.', '** **', '|', '|', '**KT. CHỦ TỊCH **', 'PHÓ CHỦ TỊCH', 'Hoàng Nam', '|', '** **'];
    const block = findTrailingSignature(lines);
    expect(block).toEqual({ at: 4, lines: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Hoàng Nam'] });
    expect(readSigner(block!.lines)).toMatchObject({ name: 'Hoàng Nam', capacity: 'KT.' });
  });

  it('finds nothing without a capacity line followed by a name', () => {
    expect(findTrailingSignature(['Trên đây là Chỉ thị.', 'CHỦ TỊCH', 'Nguyễn Văn A'])).toBeNull();
    expect(findTrailingSignature(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])).toBeNull();
  });
});
