/** Route data of the agency pages (/co-quan/<province>/<agency>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { agencyDutiesPageData, agencyDutiesPaths, agencyListPaths, agencyPageData, agencyPaths } from '../../../src/data/routes/agency';
import { AGENCY_DUTIES } from '../../../src/lib/duty-preview';
import { PAGE_SIZE, paginateList } from '../../../src/lib/pagination';
import { getAssignments, getCatalog } from '../../../src/data/catalog';
import { byPeriod } from '../../../src/lib/assignments';

describe('routes/agency', () => {
  it('has a page for every agency that issued a plan or is given a duty or task, and gives each its place, duties and tasks by period', async () => {
    const catalog = await getCatalog();
    const paths = await agencyPaths();
    const byAgency = (await getAssignments()).byAgency;
    const named = [...catalog.agencies.keys()].filter((key) => catalog.plans.some((p) => p.issuer.key === key) || byAgency.has(key));
    expect(paths.map((p) => p.params.id).sort()).toEqual(named.sort());
    expect(named.length).toBeLessThan(catalog.agencies.size);
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

  it('lists and feeds only the agencies that issued plans', async () => {
    const catalog = await getCatalog();
    const lists = await agencyListPaths();
    expect(lists.map((p) => p.params.id).sort()).toEqual([...new Set(catalog.plans.map((p) => p.issuer.key))].sort());
    for (const { props } of lists) expect(props.group.plans.length).toBeGreaterThan(0);
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

  it('shows at most AGENCY_DUTIES duties on the page and lists them all, PAGE_SIZE a page, at nhiem-vu/ when there are more', async () => {
    const catalog = await getCatalog();
    const byAgency = (await getAssignments()).byAgency;
    for (const [key, assigned] of byAgency) {
      const data = await agencyPageData(catalog.agencies.get(key)!);
      expect(data.duties).toEqual(assigned.duties.slice(0, AGENCY_DUTIES));
      expect(data.allDuties).toEqual(assigned.duties.length > AGENCY_DUTIES ? { count: assigned.duties.length, href: `/co-quan/${key}/nhiem-vu/` } : null);
    }
    // No seed agency has more than AGENCY_DUTIES duties: no duty list.
    expect(await agencyDutiesPaths()).toEqual([]);
    const [key, assigned] = [...byAgency].find(([, a]) => a.duties.length > 0)!;
    const agency = catalog.agencies.get(key)!;
    const many = Array.from({ length: PAGE_SIZE + 2 }, () => assigned.duties[0]!);
    const data = agencyDutiesPageData({ agency, page: paginateList(many)[1]! });
    expect(data.title).toBe(`Nhiệm vụ được giao cho ${agency.name} — trang 2/2`);
    expect(data.crumbs).toEqual([
      { label: 'Theo cơ quan', href: '/co-quan/' },
      { label: agency.name, href: `/co-quan/${key}/` },
      { label: 'Nhiệm vụ được giao', href: `/co-quan/${key}/nhiem-vu/` },
      { label: 'Trang 2' },
    ]);
    expect([data.range, data.base]).toEqual([`${PAGE_SIZE + 1}–${PAGE_SIZE + 2}`, `/co-quan/${key}/nhiem-vu/`]);
  });
});
