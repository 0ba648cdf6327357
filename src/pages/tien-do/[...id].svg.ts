/**
 * /tien-do/<plan id>.svg: the timeline of a plan's appendix tasks; /tien-do/co-quan/<agency
 * id>.svg: the tasks an agency leads across its plans. Images beside the task tables,
 * which are their text alternative.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAssignments, getCatalog } from '../../data/catalog';
import { keyedPaths } from '../../data/page-keys';
import { byPeriod, planTasks } from '../../lib/assignments';
import { ganttChart, ganttSvg } from '../../lib/charts/gantt';
import { ganttTasks, recentTasks } from '../../lib/charts/plan-gantt';

export const getStaticPaths: GetStaticPaths = async () => {
  const [catalog, assignments] = await Promise.all([getCatalog(), getAssignments()]);
  const plans = catalog.plans
    .map((plan) => ({ plan, rows: byPeriod(planTasks(assignments, plan)) }))
    .filter(({ rows }) => rows.length > 0)
    .map(({ plan, rows }) => ({ params: { id: plan.id }, svg: ganttSvg(ganttChart(ganttTasks(rows), plan.data.year), `Tiến độ các nhiệm vụ của kế hoạch năm ${plan.data.year}`) }));
  const agencies = [...assignments.byAgency.entries()]
    .filter(([, a]) => a.tasksLed.length > 0)
    .map(([key, a]) => {
      const recent = recentTasks(byPeriod(a.tasksLed));
      const name = catalog.agencies.get(key)?.name ?? key;
      const chart = ganttChart(ganttTasks(recent.rows, { withPlan: true }), recent.first, { lastYear: recent.last });
      return { params: { id: `co-quan/${key}` }, svg: ganttSvg(chart, `Tiến độ các nhiệm vụ do ${name} chủ trì`) };
    });
  // The response is the SVG itself: keyed on it, a timeline whose picture did not change is copied.
  return keyedPaths([...plans, ...agencies].map(({ params, svg }) => ({ params, props: { svg }, key: ['gantt', svg] })));
};

export const GET: APIRoute = ({ props }) => new Response((props as { svg: string }).svg, { headers: { 'content-type': 'image/svg+xml' } });
