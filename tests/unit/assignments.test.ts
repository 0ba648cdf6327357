import { describe, expect, it } from 'vitest';
import { buildAssignments, byLead, byPeriod, findDeadlines, matchAgency, planAssignments, planTaskRows, timeline, timelineByYear } from '../../src/lib/assignments';
import { buildCatalog } from '../../src/lib/catalog';
import { sentenceAround } from '../../src/lib/sentence';
import { bodyTextOfSource } from '../../src/lib/markdown/body-text';
import { readAgencies, readIndices, readPlans, readProvinces } from '../../scripts/lib/read-content';

const files = readPlans();
const catalog = buildCatalog({ plans: files.map((p) => ({ id: p.id, data: p.data })), agencies: readAgencies(), units: readProvinces(), indices: readIndices() });
const plan = (part: string) => catalog.plans.find((p) => p.id.includes(part))!;
const assignments = buildAssignments(catalog);

describe('matching task cells to agencies', () => {
  const benTre = [...catalog.agencies.values()].filter((a) => a.province === 'ben-tre');
  it.each([
    ['Sở Nội vụ', 'ben-tre/so-noi-vu'],
    ['- Sở Nội vụ;', 'ben-tre/so-noi-vu'],
    ['Đài Phát thanh và truyền hình tỉnh', 'ben-tre/dai-phat-thanh-va-truyen-hinh'],
    ['Các cơ quan, đơn vị có liên quan', null],
    ['UBND các huyện, thành phố', null],
    ['', null],
  ])('%j → %s', (text, id) => {
    expect(matchAgency(text, benTre)?.key ?? null).toBe(id);
  });

  it('gives the first candidate that has the name, by its full or a short name', () => {
    const noiVu = benTre.find((a) => a.key === 'ben-tre/so-noi-vu')!;
    const twin = { ...noiVu, key: 'ben-tre/so-noi-vu-2', name: 'Sở Nội vụ tỉnh Bến Tre (mới)', shortNames: ['Sở Nội vụ'] };
    expect(matchAgency('Sở Nội vụ', [twin, noiVu])?.key).toBe('ben-tre/so-noi-vu-2');
    expect(matchAgency('Sở Nội vụ', [noiVu, twin])?.key).toBe('ben-tre/so-noi-vu');
    expect(matchAgency('SỞ NỘI VỤ TỈNH BẾN TRE (MỚI).', [noiVu, twin])?.key).toBe('ben-tre/so-noi-vu-2');
  });

  it("matches a plan's cells among its own province's agencies only", () => {
    const rows = planTaskRows(catalog, plan('105-kh-ubnd'));
    const matched = rows.flatMap((row) => [...row.lead, ...row.partners]).flatMap((named) => (named.agency ? [named.agency.province] : []));
    expect(matched.length).toBeGreaterThan(0);
    expect(new Set(matched)).toEqual(new Set(['ben-tre']));
  });
});

describe('tasks and duties', () => {
  it('counts tasks per seed and parses every period', () => {
    const counts = Object.fromEntries(catalog.plans.map((p) => [p.province.key, planTaskRows(catalog, p).length]));
    expect(counts).toEqual({ 'ha-tinh': 0, 'ninh-thuan': 0, 'cao-bang': 0, 'quang-tri': 4, 'ben-tre': 13 });
    const periods = assignments.tasks.flatMap((row) => [row.start, row.end]).filter((p) => p !== null);
    expect(periods).toHaveLength(30);
    expect(periods.filter((p) => p.kind === 'unparsed')).toEqual([]);
    expect(periods.filter((p) => p.yearAssumed).map((p) => p.text)).toEqual(['Thường xuyên trong năm', 'Mỗi tháng', 'Mỗi tháng', 'Mỗi tháng', 'Mỗi tháng', 'Mỗi tháng', 'Mỗi tháng']);
  });

  it('resolves named bodies and keeps groups as written', () => {
    const row = planTaskRows(catalog, plan('quang-tri'))[2]!;
    expect(row.lead.map((n) => n.agency?.key ?? n.text)).toEqual(['quang-tri/bao-quang-tri', 'quang-tri/dai-phat-thanh-truyen-hinh', 'quang-tri/so-noi-vu']);
    expect(row.partners.every((n) => n.agency === null)).toBe(true);
  });

  it('gathers duties and tasks per agency', () => {
    const soNoiVu = assignments.byAgency.get('quang-tri/so-noi-vu')!;
    expect([soNoiVu.duties.length, soNoiVu.tasksLed.length, soNoiVu.tasksPartnered.length]).toEqual([1, 2, 0]);
    expect(assignments.duties).toHaveLength(43);
  });
});

describe('deadlines and the calendar', () => {
  it('finds the report deadlines a body sets', () => {
    const quangTri = plan('quang-tri');
    const text = bodyTextOfSource(files.find((f) => f.id === quangTri.id)!.body).text;
    const deadlines = findDeadlines(quangTri, text, sentenceAround);
    expect(deadlines.map((d) => [d.period.text, d.period.end])).toEqual([['trước ngày 30/11/2022', '2022-11-30']]);
    expect(deadlines[0]!.sentence).toMatch(/gửi báo cáo đánh giá tình hình.*về Sở Nội vụ trước ngày 30\/11\/2022/);
  });

  it('places dated tasks and deadlines by year and quarter', () => {
    const entries = timeline(assignments.tasks, []);
    expect(entries).toHaveLength(17);
    const first = entries.find((e) => e.task?.task.end === 'Quý I/2022')!;
    expect([first.year, first.quarter]).toEqual([2022, 1]);
    expect(entries.find((e) => e.task?.task.content.startsWith('Thực hiện Chuyên mục CCHC trên Báo Xuân'))).toMatchObject({ year: 2021, quarter: null });
  });

  it('groups a calendar by year, newest first, keeping each year in calendar order', () => {
    const entries = timeline(assignments.tasks, []);
    const years = timelineByYear(entries);
    expect(years.map((y) => y.year)).toEqual([...new Set(entries.map((e) => e.year))].sort((a, b) => b - a));
    for (const { year, entries: inYear } of years) expect(inYear).toEqual(entries.filter((e) => e.year === year));
    expect(years.flatMap((y) => y.entries)).toHaveLength(entries.length);
    expect(timelineByYear([])).toEqual([]);
  });
});

describe("one plan's assignments", () => {
  it('keeps only the plan’s duties and tasks, its tasks in both reading orders', () => {
    const all = buildAssignments(catalog);
    for (const p of catalog.plans) {
      const mine = planAssignments(all, p);
      expect(mine.duties).toEqual(all.duties.filter((row) => row.plan === p));
      expect(mine.tasksByPeriod).toEqual(byPeriod(all.tasks.filter((row) => row.plan === p)));
      expect(mine.tasksByLead).toEqual(byLead(all.tasks.filter((row) => row.plan === p)));
    }
  });
});
