/** Route data of the agency directory (/co-quan/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { agencyListPaths, agencyPaths } from '../../../src/data/routes/agency';
import { agencyDirectoryData } from '../../../src/data/routes/agencies';

describe('routes/agencies', () => {
  it('lists the issuers with their plans, and by kind every agency that has a page, with its province', async () => {
    const pages = new Set((await agencyPaths()).map((p) => p.params.id));
    const data = await agencyDirectoryData();
    expect(data.issuers.map((g) => g.key).sort()).toEqual((await agencyListPaths()).map((p) => p.params.id).sort());
    const listed = data.kinds.flatMap((k) => k.agencies.map((a) => a.group.key));
    expect(new Set(listed)).toEqual(pages);
    expect(listed).toHaveLength(pages.size);
    for (const { group, province } of data.kinds.flatMap((k) => k.agencies)) expect(province?.key ?? null).toBe(group.agency.province);
  });

  it('lists the issuers of the seed catalogue in Vietnamese order, and a central body without a province', async () => {
    const data = await agencyDirectoryData();
    expect(data.head).toEqual({
      title: 'Kế hoạch theo cơ quan',
      description: 'Các cơ quan ban hành và cơ quan được giao nhiệm vụ trong các kế hoạch tuyên truyền cải cách hành chính.',
      crumbs: [{ label: 'Theo cơ quan' }],
    });
    expect(data.issuers.map((g) => [g.agency.name, g.plans.length])).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng', 1],
      ['Ủy ban nhân dân huyện Kỳ Anh', 1],
      ['Ủy ban nhân dân huyện Ninh Phước', 1],
      ['Ủy ban nhân dân tỉnh Bến Tre', 1],
      ['Ủy ban nhân dân tỉnh Quảng Trị', 1],
    ]);
    const soNoiVu = data.kinds.find((k) => k.label === 'Sở Nội vụ')!;
    expect(soNoiVu.agencies.map((a) => [a.group.agency.name, a.province?.name])[0]).toEqual(['Sở Nội vụ tỉnh Bến Tre', 'Bến Tre']);
  });
});
