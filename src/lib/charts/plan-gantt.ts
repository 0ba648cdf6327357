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

/** At most this many tasks on an agency's timeline: the latest ones (a taller image reads as a list, which the table already is). */
export const AGENCY_TIMELINE_LIMIT = 40;

/**
 * The tasks an agency's timeline shows: the `limit` latest (rows come ordered by period,
 * undated last; the latest are those of the most recent plan years), with the plan years
 * they span and how many were left out.
 */
export function recentTasks<T extends { plan: { data: { year: number } } }>(rows: readonly T[], limit = AGENCY_TIMELINE_LIMIT): { rows: T[]; first: number; last: number; omitted: number } {
  const years = [...new Set(rows.map((row) => row.plan.data.year))].sort((a, b) => b - a);
  const kept: T[] = [];
  for (const year of years) {
    const ofYear = rows.filter((row) => row.plan.data.year === year);
    if (kept.length > 0 && kept.length + ofYear.length > limit) break;
    kept.push(...ofYear.slice(0, limit - kept.length));
  }
  const order = new Map(rows.map((row, i) => [row, i]));
  kept.sort((a, b) => order.get(a)! - order.get(b)!);
  const shown = kept.map((row) => row.plan.data.year);
  return { rows: kept, first: Math.min(...shown), last: Math.max(...shown), omitted: rows.length - kept.length };
}
