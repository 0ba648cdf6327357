/**
 * A Gantt-style timeline of appendix tasks: one row per task, a bar from its start to its
 * end (a deadline without a start is a diamond at the deadline), placed on a calendar of
 * months (d3-scale, linear over UTC days), coloured by lead body. Tasks whose period is
 * not a dated interval ("thường xuyên" without a year, unparsed) get a row without a bar,
 * said so, never a guessed one. Pure.
 */
import { scaleLinear } from 'd3-scale';

export interface GanttTask {
  /** Row label: the task's number in the appendix ("1", "2"…) or a short name. */
  label: string;
  /** What the row stands for, for the row's title ("Nhiệm vụ 3: Tuyên truyền…"). */
  title: string;
  /** ISO dates; either may be null. */
  start: string | null;
  end: string | null;
  /** The lead body as written, or null. */
  lead: string | null;
  /** The period as written ("Quý I/2024"). */
  period: string;
}

export interface GanttRow {
  label: string;
  title: string;
  y: number;
  /** Index into `leads` (the colour), or -1 without a lead. */
  color: number;
  bar: { x: number; width: number } | null;
  /** A deadline: where its diamond sits. */
  marker: number | null;
  period: string;
}

export interface GanttChart {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  rowHeight: number;
  rows: GanttRow[];
  /** Month boundaries with their labels ("Th1"…), and the year under January. */
  months: { x: number; label: string; year: number | null }[];
  leads: string[];
}

const DAY = 86_400_000;
const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;

/**
 * Places the tasks on the calendar of `year` (January to December; to December of
 * `lastYear` for tasks of several plans), widened to the months the tasks reach outside
 * it, at most one year either side.
 */
export function ganttChart(tasks: readonly GanttTask[], year: number, { width = 640, rowHeight = 20, lastYear = year } = {}): GanttChart {
  const dated = tasks.flatMap((t) => [t.start, t.end]).filter((d): d is string => d !== null);
  const clampYear = (y: number) => Math.min(lastYear + 1, Math.max(year - 1, y));
  const monthOf = (d: string) => (clampYear(Number(d.slice(0, 4))) - year) * 12 + Number(d.slice(5, 7)) - 1;
  const lastPlanMonth = (lastYear - year) * 12 + 11;
  const firstMonth = Math.min(0, ...dated.map(monthOf));
  const lastMonth = Math.max(lastPlanMonth, ...dated.map(monthOf));
  const monthStart = (m: number) => Date.UTC(year, m, 1) / DAY;
  const t0 = monthStart(firstMonth);
  const t1 = monthStart(lastMonth + 1);
  const top = 30;
  const left = 40;
  const right = width - 8;
  const leadCount = new Set(tasks.map((t) => t.lead).filter((l) => l !== null)).size;
  // Below the rows: the legend of lead bodies, one line each.
  const height = top + tasks.length * rowHeight + 8 + (leadCount > 0 ? 8 + leadCount * 16 : 0);
  const x = scaleLinear().domain([t0, t1]).range([left, right]).clamp(true);
  const leads: string[] = [];
  for (const t of tasks) if (t.lead && !leads.includes(t.lead)) leads.push(t.lead);
  const rows = tasks.map((t, i): GanttRow => {
    const y = top + i * rowHeight;
    const common = { label: t.label, title: t.title, y, color: t.lead ? leads.indexOf(t.lead) : -1, period: t.period };
    if (t.start && t.end) {
      // The end day is inclusive: the bar runs to the end of that day.
      const x0 = x(day(t.start));
      const x1 = x(day(t.end) + 1);
      return { ...common, bar: { x: round(x0), width: round(Math.max(2, x1 - x0)) }, marker: null };
    }
    if (t.end) return { ...common, bar: null, marker: round(x(day(t.end) + 1)) };
    return { ...common, bar: null, marker: null };
  });
  const months = [];
  for (let m = firstMonth; m <= lastMonth; m++) {
    const date = new Date(Date.UTC(year, m, 1));
    months.push({ x: round(x(monthStart(m))), label: `Th${date.getUTCMonth() + 1}`, year: date.getUTCMonth() === 0 || m === firstMonth ? date.getUTCFullYear() : null });
  }
  return { width, height, left, right, top, bottom: top + tasks.length * rowHeight, rowHeight, rows, months, leads };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Colours of the lead bodies (8, then repeating), each 4.5:1 or more against white. */
export const LEAD_COLOURS = ['#123f73', '#b35900', '#2e7d32', '#8b1a1a', '#5e35b1', '#00695c', '#6d4c41', '#37474f'] as const;

/** The chart as a standalone SVG document (an image beside the task table, which is its text alternative). */
export function ganttSvg(chart: GanttChart, title: string): string {
  const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const colour = (i: number) => (i < 0 ? '#6b7280' : LEAD_COLOURS[i % LEAD_COLOURS.length]!);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" font-family="system-ui, 'Noto Sans', 'Liberation Sans', Arial, sans-serif" font-size="11">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${chart.width}" height="${chart.height}" fill="#fff"/>`,
  ];
  for (const [i, m] of chart.months.entries()) {
    const next = chart.months[i + 1]?.x ?? chart.right;
    if (i % 2 === 1) parts.push(`<rect x="${m.x}" y="${chart.top - 4}" width="${round(next - m.x)}" height="${chart.bottom - chart.top + 4}" fill="#f4f5f7"/>`);
    parts.push(`<text x="${round((m.x + next) / 2)}" y="${chart.top - 8}" text-anchor="middle" fill="#4a4f55">${m.label}</text>`);
    if (m.year !== null) parts.push(`<text x="${m.x}" y="10" fill="#1a1a1a" font-weight="700">${m.year}</text>`);
  }
  for (const row of chart.rows) {
    const cy = row.y + chart.rowHeight / 2;
    parts.push(`<text x="${chart.left - 6}" y="${round(cy + 4)}" text-anchor="end" fill="#1a1a1a">${esc(row.label)}</text>`);
    if (row.bar)
      parts.push(
        `<rect x="${row.bar.x}" y="${row.y + 4}" width="${row.bar.width}" height="${chart.rowHeight - 8}" rx="2" fill="${colour(row.color)}"><title>${esc(`${row.title}: ${row.period}`)}</title></rect>`,
      );
    else if (row.marker !== null)
      parts.push(
        `<path d="M${row.marker} ${row.y + 3}l6 ${chart.rowHeight / 2 - 3}-6 ${chart.rowHeight / 2 - 3}-6-${chart.rowHeight / 2 - 3}z" fill="${colour(row.color)}"><title>${esc(`${row.title}: ${row.period}`)}</title></path>`,
      );
    else parts.push(`<text x="${chart.left + 4}" y="${round(cy + 4)}" fill="#4a4f55" font-style="italic">${esc(row.period)} (không vẽ được trên lịch)</text>`);
  }
  parts.push(`<line x1="${chart.left}" x2="${chart.left}" y1="${chart.top - 4}" y2="${chart.bottom}" stroke="#1a1a1a"/>`);
  for (const [i, lead] of chart.leads.entries()) {
    const y = chart.bottom + 16 + i * 16;
    parts.push(`<rect x="${chart.left}" y="${y - 9}" width="10" height="10" fill="${colour(i)}"/><text x="${chart.left + 16}" y="${y}" fill="#1a1a1a">${esc(lead)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
