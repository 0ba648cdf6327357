/** Route data of the levels index (/cap/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { levelsPageData } from '../../../src/data/routes/levels';

describe('routes/levels', () => {
  it('lists the four levels in their fixed order, linking only those with plans', async () => {
    const { levels } = await levelsPageData();
    expect(levels.map(({ level, label, plans, href }) => ({ level, label, plans, href }))).toEqual([
      { level: 'tinh', label: 'Cấp tỉnh', plans: 2, href: '/cap/tinh/' },
      { level: 'so-nganh', label: 'Sở, ban, ngành cấp tỉnh', plans: 1, href: '/cap/so-nganh/' },
      { level: 'huyen', label: 'Cấp huyện', plans: 2, href: '/cap/huyen/' },
      { level: 'xa', label: 'Cấp xã', plans: 0, href: null },
    ]);
    expect(levels.find((l) => l.level === 'huyen')!.description).toMatch(/^Kế hoạch do Ủy ban nhân dân huyện.*kết thúc hoạt động từ ngày 01\/7\/2025\.$/);
  });
});
