import { describe, expect, it } from 'vitest';
import { ganttChart, ganttSvg, type GanttTask } from '../../src/lib/charts/gantt';

const task = (label: string, start: string | null, end: string | null, lead: string | null = 'Sở Nội vụ'): GanttTask => ({
  label,
  title: `Nhiệm vụ ${label}`,
  start,
  end,
  lead,
  period: `${start ?? ''}–${end ?? ''}`,
});

describe('ganttChart', () => {
  const chart = ganttChart(
    [task('1', '2024-01-01', '2024-03-31'), task('2', '2024-04-01', '2024-12-31', 'Sở Thông tin và Truyền thông'), task('3', null, '2024-06-30'), task('4', null, null, null)],
    2024,
    { width: 640 },
  );

  it('lays the plan year out as twelve months from the left edge to the right', () => {
    expect(chart.months.map((m) => m.label)).toEqual(['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12']);
    expect(chart.months[0]!.x).toBe(chart.left);
    expect(chart.months[0]!.year).toBe(2024);
  });

  it('places a quarter as a quarter of the year, a deadline as a marker at the end of its day', () => {
    const [q1, rest, deadline, unknown] = chart.rows;
    const span = chart.right - chart.left;
    expect(q1!.bar!.x).toBe(chart.left);
    expect(q1!.bar!.width / span).toBeCloseTo(91 / 366, 2);
    expect(rest!.bar!.x + rest!.bar!.width).toBeCloseTo(chart.right, 0);
    expect(deadline!.bar).toBeNull();
    expect((deadline!.marker! - chart.left) / span).toBeCloseTo(182 / 366, 2);
    expect(unknown!.bar).toBeNull();
    expect(unknown!.marker).toBeNull();
  });

  it('colours by lead body, in order of appearance, and one row per task', () => {
    expect(chart.leads).toEqual(['Sở Nội vụ', 'Sở Thông tin và Truyền thông']);
    expect(chart.rows.map((r) => r.color)).toEqual([0, 1, 0, -1]);
    expect(chart.rows[1]!.y - chart.rows[0]!.y).toBe(chart.rowHeight);
  });

  it('widens the calendar to tasks that run into the next year, and spans several plan years for an agency', () => {
    expect(ganttChart([task('1', '2024-11-01', '2025-02-28')], 2024).months).toHaveLength(14);
    expect(ganttChart([task('1', '2021-01-01', '2021-01-31')], 2021, { lastYear: 2022 }).months).toHaveLength(24);
  });

  it('writes a standalone SVG image with the rows and the unplaceable task said so', () => {
    const svg = ganttSvg(chart, 'Tiến độ & nhiệm vụ');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title>Tiến độ &amp; nhiệm vụ</title>');
    expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="12" rx="2"/g)).toHaveLength(2);
    expect(svg).toContain('(không vẽ được trên lịch)');
  });
});
