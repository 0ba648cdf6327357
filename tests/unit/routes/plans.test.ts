/** Route data of the list of every plan (/ke-hoach/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { plansPageData } from '../../../src/data/routes/plans';

describe('routes/plans', () => {
  it('lists every plan, newest first', async () => {
    const { plans } = await plansPageData();
    expect(plans.map((p) => p.id)).toEqual([
      'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd',
      'ninh-thuan/ubnd-huyen-ninh-phuoc/2024/tuyen-truyen-cchc',
      'cao-bang/so-vhttdl/2022/tuyen-truyen-cchc',
      'quang-tri/ubnd-tinh/2022/tuyen-truyen-cchc',
      'ben-tre/ubnd-tinh/2021/105-kh-ubnd',
    ]);
  });
});
