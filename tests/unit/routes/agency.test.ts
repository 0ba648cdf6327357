/** Route data of the agency pages (/co-quan/<province>/<agency>/), on the seed catalogue. */
import { describe, expect, it } from 'vitest';
import { embedList } from '../../../src/lib/embed-list';
import { feedPlans } from '../../../src/lib/feed-items';
import {
  agencyDutiesPageData,
  agencyDutiesPaths,
  agencyEmbedPaths,
  agencyFeedPaths,
  agencyListPaths,
  agencyPageData,
  agencyPaths,
  agencyTasksPageData,
  agencyTasksPaths,
} from '../../../src/data/routes/agency';
import { AGENCY_TIMELINE_LIMIT, recentTasks } from '../../../src/lib/charts/plan-gantt';
import { AGENCY_DUTIES } from '../../../src/lib/duty-preview';
import { PAGE_SIZE, paginateList } from '../../../src/lib/pagination';
import { getAssignments, getCatalog } from '../../../src/data/catalog';
import { pageKey } from '../../../src/data/page-keys';
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
    expect(busy.tasksLed).toEqual(recentTasks(byPeriod(assigned.tasksLed)).rows);
    expect(busy.tasksPartnered).toEqual(assigned.tasksPartnered.length === 0 ? [] : recentTasks(byPeriod(assigned.tasksPartnered)).rows);
    const years = busy.tasksLed.map((row) => row.plan.data.year);
    expect(busy.ledYears).toEqual({ first: Math.min(...years), last: Math.max(...years) });
  });

  it('lists and feeds only the agencies that issued plans', async () => {
    const catalog = await getCatalog();
    const lists = await agencyListPaths();
    expect(lists.map((p) => p.params.id).sort()).toEqual([...new Set(catalog.plans.map((p) => p.issuer.key))].sort());
    for (const { props } of lists) expect(props.group.plans.length).toBeGreaterThan(0);
  });

  it('feeds the newest plans of every agency that issued plans, keyed by the agency and those plans', async () => {
    const [lists, feeds] = await Promise.all([agencyListPaths(), agencyFeedPaths()]);
    expect(feeds.map((p) => p.params.id)).toEqual(lists.map((p) => p.params.id));
    for (const [i, { props }] of feeds.entries()) expect(props.plans).toEqual(feedPlans(lists[i]!.props.group.plans));
    expect(new Set(feeds.map((p) => p.cacheKey)).size).toBe(feeds.length);
    expect((await agencyFeedPaths()).map((p) => p.cacheKey)).toEqual(feeds.map((p) => p.cacheKey));
  });

  it('embeds the newest plans of every agency that issued plans, keyed by what the embed shows', async () => {
    const [lists, embeds] = await Promise.all([agencyListPaths(), agencyEmbedPaths()]);
    expect(embeds.map((p) => p.params.id)).toEqual(lists.map((p) => p.params.id));
    for (const [i, { props }] of embeds.entries()) {
      expect(props.agency).toBe(lists[i]!.props.group.agency);
      expect(props.list).toEqual(embedList(lists[i]!.props.group.plans));
    }
    expect(new Set(embeds.map((p) => p.cacheKey)).size).toBe(embeds.length);
    expect((await agencyEmbedPaths()).map((p) => p.cacheKey)).toEqual(embeds.map((p) => p.cacheKey));
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

  it('shows the tasks of the latest plan years, at most AGENCY_TIMELINE_LIMIT of each role, and lists them all, PAGE_SIZE a page, at chu-tri/ and phoi-hop/ when there are more', async () => {
    const catalog = await getCatalog();
    const byAgency = (await getAssignments()).byAgency;
    const shown = <T extends { plan: { data: { year: number } } }>(rows: T[]) => (rows.length === 0 ? [] : recentTasks(rows).rows);
    for (const [key, assigned] of byAgency) {
      const data = await agencyPageData(catalog.agencies.get(key)!);
      expect(data.tasksLed).toEqual(shown(byPeriod(assigned.tasksLed)));
      expect(data.tasksPartnered).toEqual(shown(byPeriod(assigned.tasksPartnered)));
      expect(data.tasksLed.length).toBeLessThanOrEqual(AGENCY_TIMELINE_LIMIT);
      expect(data.allTasksLed).toEqual({ count: assigned.tasksLed.length, href: assigned.tasksLed.length > data.tasksLed.length ? `/co-quan/${key}/chu-tri/` : null });
      expect(data.allTasksPartnered).toEqual({ count: assigned.tasksPartnered.length, href: assigned.tasksPartnered.length > data.tasksPartnered.length ? `/co-quan/${key}/phoi-hop/` : null });
    }
    // No seed agency has more than AGENCY_TIMELINE_LIMIT tasks of a role: no task list.
    expect(await agencyTasksPaths('chu-tri')).toEqual([]);
    expect(await agencyTasksPaths('phoi-hop')).toEqual([]);
    const [key, assigned] = [...byAgency].find(([, a]) => a.tasksLed.length > 0)!;
    const agency = catalog.agencies.get(key)!;
    const many = Array.from({ length: PAGE_SIZE + 3 }, () => assigned.tasksLed[0]!);
    const led = agencyTasksPageData({ agency, role: 'chu-tri', page: paginateList(many)[1]! });
    expect(led.title).toBe(`Nhiệm vụ trong phụ lục do ${agency.name} chủ trì — trang 2/2`);
    expect(led.caption).toBe('Nhiệm vụ chủ trì, theo thời gian');
    expect(led.crumbs).toEqual([
      { label: 'Theo cơ quan', href: '/co-quan/' },
      { label: agency.name, href: `/co-quan/${key}/` },
      { label: 'Nhiệm vụ chủ trì', href: `/co-quan/${key}/chu-tri/` },
      { label: 'Trang 2' },
    ]);
    expect([led.range, led.base]).toEqual([`${PAGE_SIZE + 1}–${PAGE_SIZE + 3}`, `/co-quan/${key}/chu-tri/`]);
    const partnered = agencyTasksPageData({ agency, role: 'phoi-hop', page: paginateList(many.slice(0, 2))[0]! });
    expect(partnered.title).toBe(`Nhiệm vụ trong phụ lục ${agency.name} phối hợp thực hiện`);
    expect([partnered.range, partnered.base, partnered.crumbs.at(-1)]).toEqual([null, `/co-quan/${key}/phoi-hop/`, { label: 'Nhiệm vụ phối hợp' }]);
  });

  it('can key a page of duties and a page of tasks (the seeds have none: more than fit on the agency page)', async () => {
    // At scale agencyDutiesPaths and agencyTasksPaths key their pages with pageKey('duties' | 'tasks', agency, …, page):
    // the rows must serialise (no cycle, no function), and two pages must key apart.
    const catalog = await getCatalog();
    const { byAgency } = await getAssignments();
    const [dutyKey, withDuties] = [...byAgency].find(([, a]) => a.duties.length > 0)!;
    const duties = paginateList(Array.from({ length: PAGE_SIZE + 2 }, (_, i) => withDuties.duties[i % withDuties.duties.length]!));
    const dutyKeys = await Promise.all(duties.map((page) => pageKey('duties', catalog.agencies.get(dutyKey)!, page)));
    const [taskKey, withTasks] = [...byAgency].find(([, a]) => a.tasksLed.length > 0)!;
    const tasks = paginateList(byPeriod(Array.from({ length: PAGE_SIZE + 2 }, (_, i) => withTasks.tasksLed[i % withTasks.tasksLed.length]!)));
    const taskKeys = await Promise.all(tasks.map((page) => pageKey('tasks', catalog.agencies.get(taskKey)!, 'chu-tri', page)));
    for (const key of [...dutyKeys, ...taskKeys]) expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set([...dutyKeys, ...taskKeys]).size).toBe(4);
  });
});
