/** Route data of the cited-documents index, the agency pages and the index pages, on the real corpus. */
import { describe, expect, it } from 'vitest';
import { agencyPageData, agencyPaths } from '../../../src/data/routes/agency';
import { documentsPageData } from '../../../src/data/routes/documents';
import { indexPageData, indexPaths } from '../../../src/data/routes/index-target';
import { getAssignments, getCatalog, getCitationIndex } from '../../../src/data/catalog';
import { byPeriod } from '../../../src/lib/assignments';

describe('routes/documents', () => {
  it('counts the plans that cite and lists each document once', async () => {
    const index = await getCitationIndex();
    const data = await documentsPageData();
    expect(data.citingPlans).toBe(index.byPlan.size);
    expect(new Set(data.rows.map((r) => r.document.key)).size).toBe(data.rows.length);
    expect(data.byType.flatMap((g) => g.rows)).toHaveLength(data.rows.length);
  });
});

describe('routes/agency', () => {
  it('has a page for every agency, and gives each its place, duties and tasks by period', async () => {
    const catalog = await getCatalog();
    const paths = await agencyPaths();
    expect(paths.map((p) => p.params.id).sort()).toEqual([...catalog.agencies.keys()].sort());
    const kyAnh = catalog.agencies.get('ha-tinh/ubnd-huyen-ky-anh')!;
    const data = await agencyPageData(kyAnh);
    expect(data.crumbs).toEqual([{ label: 'Theo cơ quan', href: '/co-quan/' }, { label: 'Ủy ban nhân dân huyện Kỳ Anh' }]);
    expect(data.province?.key).toBe('ha-tinh');
    expect(data.district?.key).toBe('ha-tinh/huyen-ky-anh');
    const [busyKey, assigned] = [...(await getAssignments()).byAgency].find(([, a]) => a.duties.length > 0 && a.tasksLed.length > 1)!;
    const busy = await agencyPageData(catalog.agencies.get(busyKey)!);
    expect(busy.dutyItems).toBe(assigned.duties.reduce((n, row) => n + row.duty.items.length, 0));
    expect(busy.dutyItems).toBeGreaterThan(0);
    expect(busy.tasksLed).toEqual(byPeriod(assigned.tasksLed));
    expect(busy.tasksPartnered).toEqual(byPeriod(assigned.tasksPartnered));
    const years = assigned.tasksLed.map((row) => row.plan.data.year);
    expect(busy.ledYears).toEqual({ first: Math.min(...years), last: Math.max(...years) });
  });

  it('gives a central body no province, and an agency without assignments empty lists', async () => {
    const catalog = await getCatalog();
    const central = [...catalog.agencies.values()].find((a) => a.province === null);
    if (central) {
      const data = await agencyPageData(central);
      expect([data.province, data.district]).toEqual([null, null]);
    }
    const idle = [...catalog.agencies.values()].find((a) => !catalog.plans.some((p) => p.data.duties.some((d) => d.agency === a.key)));
    expect(idle).toBeDefined();
    const data = await agencyPageData(idle!);
    expect(data.duties).toEqual([]);
    expect(data.dutyItems).toBe(0);
    if (data.tasksLed.length === 0) expect(data.ledYears).toBeNull();
  });
});

describe('routes/index-target', () => {
  it('lists the plans targeting an index, each with the sentences naming it', async () => {
    const catalog = await getCatalog();
    expect((await indexPaths()).map((p) => p.params.id)).toEqual([...catalog.indices.keys()]);
    const data = await indexPageData(catalog.indices.get('pci')!);
    expect(data.crumbs.at(-1)).toEqual({ label: 'PCI' });
    expect(data.plans.map((p) => p.plan.id)).toEqual(catalog.plans.filter((p) => p.data.indices.includes('pci')).map((p) => p.id));
    const kyAnh = data.plans.find((p) => p.plan.id.endsWith('84-kh-ubnd'))!;
    expect(kyAnh.mentions.length).toBeGreaterThan(0);
    for (const sentence of kyAnh.mentions) expect(sentence).toMatch(/PCI|năng lực cạnh tranh/i);
  });
});

describe('routes/agency-kind', () => {
  it('compares every agency of a kind: place, duty items, tasks led and duties', async () => {
    const { agencyKindPageData, agencyKindPaths } = await import('../../../src/data/routes/agency-kind');
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
