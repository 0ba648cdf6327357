/** Route data of the agency directory (/co-quan/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { agencyListPaths, agencyPaths } from '../../../src/data/routes/agency';
import { agencyDirectoryData, agencyDirectoryPaths } from '../../../src/data/routes/agencies';
import { agencyKindPaths } from '../../../src/data/routes/agency-kind';

describe('routes/agencies', () => {
  it('lists the issuers with their plans, and counts by kind every agency that has a page, linking each kind’s page', async () => {
    const pages = new Set((await agencyPaths()).map((p) => p.params.id));
    const data = await agencyDirectoryData();
    expect(data.issuers.items.map((g) => g.key).sort()).toEqual((await agencyListPaths()).map((p) => p.params.id).sort());
    expect(data.kinds.reduce((n, k) => n + k.count, 0)).toBe(pages.size);
    const kindPages = new Set((await agencyKindPaths()).map((p) => `/co-quan/loai/${p.params.kind}/`));
    expect(new Set(data.kinds.map((k) => k.href))).toEqual(kindPages);
  });

  it('lists the issuers of the seed catalogue in Vietnamese order, on one page', async () => {
    const data = await agencyDirectoryData();
    expect(data.head).toEqual({
      title: 'Kế hoạch theo cơ quan',
      description: 'Các cơ quan ban hành và cơ quan được giao nhiệm vụ trong các kế hoạch tuyên truyền cải cách hành chính.',
      crumbs: [{ label: 'Theo cơ quan' }],
    });
    expect(data.issuers.items.map((g) => [g.agency.name, g.plans.length])).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng', 1],
      ['Ủy ban nhân dân huyện Kỳ Anh', 1],
      ['Ủy ban nhân dân huyện Ninh Phước', 1],
      ['Ủy ban nhân dân tỉnh Bến Tre', 1],
      ['Ủy ban nhân dân tỉnh Quảng Trị', 1],
    ]);
    expect([data.issuers.number, data.issuers.count, data.range, data.base]).toEqual([1, 1, null, '/co-quan/']);
    expect(data.kinds.find((k) => k.kind === 'so-noi-vu')).toEqual({ kind: 'so-noi-vu', label: 'Sở Nội vụ', count: 2, href: '/co-quan/loai/so-noi-vu/' });
    expect(await agencyDirectoryPaths()).toEqual([]);
    await expect(agencyDirectoryData(2)).rejects.toThrow(/no page 2/);
  });
});
