/** Route data of the agency-kind pages (/co-quan/loai/<kind>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { agencyKindPageData, agencyKindPaths } from '../../../src/data/routes/agency-kind';
import { AGENCY_DUTIES, KIND_DUTIES } from '../../../src/lib/duty-preview';
import { getAssignments } from '../../../src/data/catalog';
import { PAGE_SIZE, paginateList } from '../../../src/lib/pagination';

describe('routes/agency-kind', () => {
  it('compares every agency of a kind: place, duty items, tasks led and duties', async () => {
    const assignments = await getAssignments();
    const paths = await agencyKindPaths();
    const soNoiVu = paths.find((p) => p.params.kind === 'so-noi-vu')!;
    const data = await agencyKindPageData(soNoiVu.props.kind, soNoiVu.props.page);
    expect(data.label).toBe('Sở Nội vụ');
    expect([data.title, data.range, data.base]).toEqual(['Mọi Sở Nội vụ', null, '/co-quan/loai/so-noi-vu/']);
    expect(data.crumbs).toEqual([{ label: 'Theo cơ quan', href: '/co-quan/' }, { label: 'Sở Nội vụ' }]);
    expect(data.agencies.map((a) => a.agency)).toEqual(soNoiVu.props.agencies.map((g) => g.agency));
    for (const row of data.agencies) {
      const assigned = assignments.byAgency.get(row.agency.key);
      expect(row.dutyItems).toBe(assigned ? assigned.duties.reduce((n, d) => n + d.duty.items.length, 0) : 0);
      expect(row.tasksLed).toBe(assigned?.tasksLed.length ?? 0);
      expect(row.anchor).toBe(`cq-${row.agency.key.replace('/', '-')}`);
      expect(row.place).toMatch(/^(tỉnh|thành phố) /);
      expect(row.duties).toEqual((assigned?.duties ?? []).slice(0, KIND_DUTIES));
      const rest = (assigned?.duties.length ?? 0) - KIND_DUTIES;
      expect(row.moreDuties).toEqual(rest > 0 ? { count: rest, href: rest + KIND_DUTIES > AGENCY_DUTIES ? `/co-quan/${row.agency.key}/nhiem-vu/` : `/co-quan/${row.agency.key}/#nhiem-vu` } : null);
    }
  });

  it('has one page per kind on the seeds, and cuts a long kind into pages of PAGE_SIZE agencies', async () => {
    const paths = await agencyKindPaths();
    expect(paths.every((p) => !p.params.kind.includes('/'))).toBe(true);
    const soNoiVu = paths.find((p) => p.params.kind === 'so-noi-vu')!;
    const many = Array.from({ length: PAGE_SIZE + 1 }, () => soNoiVu.props.agencies[0]!);
    const data = await agencyKindPageData('so-noi-vu', paginateList(many)[1]!);
    expect(data.title).toBe('Mọi Sở Nội vụ — trang 2/2');
    expect(data.crumbs).toEqual([{ label: 'Theo cơ quan', href: '/co-quan/' }, { label: 'Sở Nội vụ', href: '/co-quan/loai/so-noi-vu/' }, { label: 'Trang 2' }]);
    expect(data.range).toBe(`${PAGE_SIZE + 1}–${PAGE_SIZE + 1}`);
    expect(data.agencies).toHaveLength(1);
  });
});
