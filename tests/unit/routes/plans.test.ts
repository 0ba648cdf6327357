/** Route data of the list of every plan (/ke-hoach/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { plansPageData, plansPaths } from '../../../src/data/routes/plans';

describe('routes/plans', () => {
  it('lists every plan, newest first, on one page when there are at most PAGE_SIZE', async () => {
    const { plans, page, head, range, base } = await plansPageData();
    expect(plans.map((p) => p.id)).toEqual([
      'ha-tinh/ubnd-huyen-ky-anh/2024/84-kh-ubnd',
      'ninh-thuan/ubnd-huyen-ninh-phuoc/2024/tuyen-truyen-cchc',
      'cao-bang/so-vhttdl/2022/tuyen-truyen-cchc',
      'quang-tri/ubnd-tinh/2022/tuyen-truyen-cchc',
      'ben-tre/ubnd-tinh/2021/105-kh-ubnd',
    ]);
    expect(page.items).toEqual(plans);
    expect([page.number, page.count, range, base]).toEqual([1, 1, null, '/ke-hoach/']);
    expect(head).toEqual({ title: 'Tất cả kế hoạch', description: expect.stringMatching(/mới nhất trước/), crumbs: [{ label: 'Tất cả kế hoạch' }] });
    expect(await plansPaths()).toEqual([]);
  });

  it('refuses a page the list does not have', async () => {
    await expect(plansPageData(2)).rejects.toThrow(/no page 2/);
  });
});
