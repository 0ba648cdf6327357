/** The "Nơi nhận" list, with the notes and wrapped lines of each recipient. */
import { describe, expect, it } from 'vitest';
import { readRecipients } from '../../../src/lib/import/recipients';

describe('recipients', () => {
  it('keeps notes and wrapped recipients with the recipient they belong to', () => {
    expect(readRecipients(['Nơi nhận:', '- Bộ Nông nghiệp và Môi trường (để', 'b/c);', '- Lưu: VT, NNMT.', 'TM. ỦY BAN NHÂN DÂN']).recipients).toEqual([
      'Bộ Nông nghiệp và Môi trường (để b/c);',
      'Lưu: VT, NNMT.',
    ]);
    expect(readRecipients(['Nơi nhận:', '- VPUB: + CVP, các PCVP (đ/b);', '+ Cổng TTĐT tỉnh (đưa tin);', '- Lưu: VT, KTTHVTD.']).recipients).toEqual([
      'VPUB: + CVP, các PCVP (đ/b); + Cổng TTĐT tỉnh (đưa tin);',
      'Lưu: VT, KTTHVTD.',
    ]);
  });

  it('joins a recipient wrapped after a comma, whatever the case of the next line (real layout, bffd9da6f0d38031)', () => {
    expect(
      readRecipients([
        'Nơi nhận:',
        '- UBND các xã, phường;',
        '- VPUB: CVP, các PCVP, các Phòng: ĐTQH,',
        'TH, KGVX, NgV;',
        '- Cổng Thông tin Điện tử tỉnh;',
        '- Lưu: VT, P.KT (Tú.NN).',
        '|',
        'KT. CHỦ TỊCH',
      ]).recipients,
    ).toEqual(['UBND các xã, phường;', 'VPUB: CVP, các PCVP, các Phòng: ĐTQH, TH, KGVX, NgV;', 'Cổng Thông tin Điện tử tỉnh;', 'Lưu: VT, P.KT (Tú.NN).']);
  });

  it('says where the list is, and -1 when there is none', () => {
    expect(readRecipients(['Nội dung.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'CHỦ TỊCH'], 0)).toMatchObject({ at: 1, recipients: ['Như trên;', 'Lưu: VT.'] });
    expect(readRecipients(['Nội dung.', 'CHỦ TỊCH'], 0)).toMatchObject({ at: -1, recipients: [] });
  });
});
