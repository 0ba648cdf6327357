/** Route data of the agency-kind pages (/co-quan/loai/<kind>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { agencyKindPageData, agencyKindPaths } from '../../../src/data/routes/agency-kind';
import { getAssignments } from '../../../src/data/catalog';

describe('routes/agency-kind', () => {
  it('compares every agency of a kind: place, duty items, tasks led and duties', async () => {
    const assignments = await getAssignments();
    const paths = await agencyKindPaths();
    const soNoiVu = paths.find((p) => p.params.kind === 'so-noi-vu')!;
    const data = await agencyKindPageData(soNoiVu.props.kind, soNoiVu.props.agencies);
    expect(data.label).toBe('Sở Nội vụ');
    expect(data.crumbs).toEqual([{ label: 'Theo cơ quan', href: '/co-quan/' }, { label: 'Sở Nội vụ' }]);
    expect(data.agencies.map((a) => a.agency)).toEqual(soNoiVu.props.agencies.map((g) => g.agency));
    for (const row of data.agencies) {
      const assigned = assignments.byAgency.get(row.agency.key);
      expect(row.dutyItems).toBe(assigned ? assigned.duties.reduce((n, d) => n + d.duty.items.length, 0) : 0);
      expect(row.tasksLed).toBe(assigned?.tasksLed.length ?? 0);
      expect(row.anchor).toBe(`cq-${row.agency.key.replace('/', '-')}`);
      expect(row.place).toMatch(/^(tỉnh|thành phố) /);
    }
  });
});
