/** The appendix tasks of a plan (or of an agency across its plans) as Gantt tasks (gantt.ts). */
import type { TaskRow } from '../assignments';
import type { GanttTask } from './gantt';

const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One Gantt task per appendix row, numbered as the appendix numbers it. */
export function ganttTasks(rows: readonly TaskRow[], { withPlan = false } = {}): GanttTask[] {
  return rows.map((row) => {
    const period = [row.task.start, row.task.end].filter((p): p is string => p !== null).join(' – ') || 'không ghi thời gian';
    const label = withPlan ? `${row.plan.data.year}·${row.task.no}` : row.task.no;
    return {
      label,
      title: `Nhiệm vụ ${row.task.no}${withPlan ? ` (kế hoạch năm ${row.plan.data.year})` : ''}: ${short(row.task.content)}`,
      start: row.interval.start,
      end: row.interval.end,
      lead: row.lead[0]?.agency?.name ?? row.lead[0]?.text ?? null,
      period,
    };
  });
}
