import { describe, expect, it } from 'vitest';
import { planTaskRows, type TaskRow } from '../../src/lib/assignments';
import { AGENCY_TIMELINE_LIMIT, ganttTasks, recentTasks } from '../../src/lib/charts/plan-gantt';
import { seedCorpus } from '../helpers/corpus';

const { catalog, plan } = seedCorpus();

/** A task row with only what ganttTasks reads. */
const row = (no: string, content: string, start: string | null, end: string | null, lead: TaskRow['lead'] = []): TaskRow =>
  ({ plan: { data: { year: 2024 } }, task: { no, content, start, end }, interval: { start: null, end: null }, lead }) as unknown as TaskRow;

describe('ganttTasks', () => {
  it('gives each appendix row of a plan its label, title, interval, lead body and period as written', () => {
    const tasks = ganttTasks(planTaskRows(catalog, plan('quang-tri')));
    expect(tasks).toHaveLength(4);
    expect(tasks.slice(0, 2)).toEqual([
      {
        label: '1',
        title: 'Nhiệm vụ 1: Tổ chức hướng dẫn tuyên truyền Kế hoạch tuyên truyền CCHC của tỉnh',
        start: '2022-01-01',
        end: '2022-03-31',
        lead: 'Sở Thông tin và Truyền thông tỉnh Quảng Trị',
        period: 'Quý I/2022',
      },
      {
        label: '2',
        title: 'Nhiệm vụ 2: Lồng ghép nội dung tuyên truyền CCHC vào Hội nghị giao ban báo chí định kỳ 2 tháng/lần',
        start: '2022-01-01',
        end: '2022-12-31',
        lead: 'Sở Thông tin và Truyền thông tỉnh Quảng Trị',
        period: 'Thường xuyên trong năm',
      },
    ]);
    // A long task is cut at 90 characters in the title.
    expect(tasks[2]!.title).toBe('Nhiệm vụ 3: Xây dựng các chuyên trang, chuyên mục tuyên truyền về CCHC, về chuyên đổi số trên Báo Quả…');
  });

  it('joins a start and an end period, and prefixes the plan year on an agency timeline', () => {
    const [first] = ganttTasks(planTaskRows(catalog, plan('105-kh-ubnd')), { withPlan: true });
    expect(first).toEqual({
      label: '2021·1',
      title: 'Nhiệm vụ 1 (kế hoạch năm 2021): Xây dựng Kế hoạch thông tin, tuyên truyền về CCHC năm 2021.',
      start: '2020-12-01',
      end: '2021-12-31',
      lead: 'Sở Nội vụ tỉnh Bến Tre',
      period: 'Tháng 12/2020 – Tháng 12/2021',
    });
  });

  it('says when a task has no time, and names an unmatched lead by its text, or none', () => {
    const [untimed, unmatched] = ganttTasks([row('a', 'Việc', null, null), row('b', 'Việc khác', null, 'Tháng 6', [{ text: 'Phòng Văn hóa', agency: null }])]);
    expect(untimed).toMatchObject({ period: 'không ghi thời gian', lead: null, start: null, end: null });
    expect(unmatched).toMatchObject({ period: 'Tháng 6', lead: 'Phòng Văn hóa' });
    expect(ganttTasks([])).toEqual([]);
  });
});

describe('recentTasks', () => {
  const row = (year: number, n: number) => ({ plan: { data: { year } }, n });
  it('keeps the latest plan years, whole, up to the limit, in the given order', () => {
    const rows = [row(2021, 1), row(2022, 2), row(2022, 3), row(2023, 4), row(2023, 5), row(2023, 6)];
    const recent = recentTasks(rows, 5);
    expect(recent.rows.map((r) => r.n)).toEqual([2, 3, 4, 5, 6]);
    expect([recent.first, recent.last, recent.omitted]).toEqual([2022, 2023, 1]);
  });
  it('cuts a single year that alone exceeds the limit', () => {
    const recent = recentTasks([row(2024, 1), row(2024, 2), row(2024, 3)], 2);
    expect(recent.rows.map((r) => r.n)).toEqual([1, 2]);
    expect(recent.omitted).toBe(1);
  });
  it('shows at most 40 tasks by default', () => {
    expect(AGENCY_TIMELINE_LIMIT).toBe(40);
    const rows = Array.from({ length: 45 }, (_, i) => row(2020 + (i % 3), i));
    expect(recentTasks(rows).rows).toHaveLength(30);
    expect(recentTasks(rows).omitted).toBe(15);
  });
});
