/** The signature block: capacity, title and name. */
import { describe, expect, it } from 'vitest';
import { readSigner, signerTitle } from '../../../src/lib/import/signer';

describe('signer', () => {
  it('joins a capacity line broken inside the body name and stops at the name', () => {
    expect(readSigner(['TM. ỦY BAN NHÂN', 'DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Thị Ngọc Điệp', 'PHÂN CÔNG NHIỆM VỤ'])).toEqual({
      name: 'Nguyễn Thị Ngọc Điệp',
      title: 'Phó Chủ tịch',
      capacity: 'KT.',
      lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    });
    expect(readSigner(['TM. ỦY BAN', 'CHỦ TỊCH', 'Trương Cảnh Tuyên'])).toMatchObject({ capacity: 'TM.', title: 'Chủ tịch', name: 'Trương Cảnh Tuyên' });
  });

  it('writes titles as running text does', () => {
    expect(signerTitle('PHÓ CHỦ TỊCH')).toBe('Phó Chủ tịch');
    expect(signerTitle('GIÁM ĐỐC')).toBe('Giám đốc');
  });

  it('leaves the name null when the block has none', () => {
    expect(readSigner(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']).name).toBeNull();
  });
});
