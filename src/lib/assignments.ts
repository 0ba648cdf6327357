/**
 * Who does what, by when: the duties of each plan's organisation section and the tasks of
 * its appendix, joined to the agencies collection and to parsed periods, across plans.
 */
import type { Agency, Catalog, CatalogPlan } from './catalog';
import type { Duty, Task } from './schemas/plan';
import { parsePeriod, taskInterval, type Period } from './periods';
import { compareVi } from './collate';
import { slugify } from './slug';

/** A body as a task cell names it, with the agency when the text names one. */
export interface Named {
  text: string;
  agency: Agency | null;
}

export interface TaskRow {
  plan: CatalogPlan;
  /** Position in the appendix (0-based). */
  index: number;
  task: Task;
  start: Period | null;
  end: Period | null;
  interval: { start: string | null; end: string | null };
  lead: Named[];
  partners: Named[];
}

export interface DutyRow {
  plan: CatalogPlan;
  duty: Duty;
  agency: Agency | null;
}

const key = (text: string) => slugify(text.replace(/^[-–\s]+|[;.,\s]+$/g, ''));

/**
 * The agency a task cell names, among the agencies of the plan's province (and district):
 * the cell, without its list marker and final punctuation, must be the agency's name or
 * one of its short names (compared as slugs: case, accents and spacing aside). A group
 * ("Các cơ quan, đơn vị có liên quan") matches nothing and stays as written.
 */
export function matchAgency(text: string, candidates: readonly Agency[]): Agency | null {
  return agencyNames(candidates)(text);
}

/**
 * A matcher over these candidates, as matchAgency matches: their names are compared as
 * slugs once, here, not for every cell (at 10,000 plans the appendices have 160,000 rows,
 * each naming bodies among a province's hundred agencies). The first candidate with the
 * name wins, as in a search of the list in order.
 */
function agencyNames(candidates: readonly Agency[]): (text: string) => Agency | null {
  const byKey = new Map<string, Agency>();
  for (const agency of candidates) {
    for (const name of [agency.name, ...agency.shortNames]) {
      const nameKey = key(name);
      if (nameKey && !byKey.has(nameKey)) byKey.set(nameKey, agency);
    }
  }
  return (text) => {
    const wanted = key(text);
    return wanted ? (byKey.get(wanted) ?? null) : null;
  };
}

/** Per catalog, per province: the matcher of the agencies a plan's texts may name (those of its province). */
const localMatchers = new WeakMap<Catalog, Map<string, (text: string) => Agency | null>>();
function localAgencies(catalog: Catalog, plan: CatalogPlan): (text: string) => Agency | null {
  let byProvince = localMatchers.get(catalog);
  if (!byProvince) {
    const agencies = Map.groupBy(catalog.agencies.values(), (agency) => agency.province);
    byProvince = new Map([...agencies].flatMap(([province, list]) => (province === null ? [] : [[province, agencyNames(list)] as const])));
    localMatchers.set(catalog, byProvince);
  }
  return byProvince.get(plan.province.key) ?? (() => null);
}

/** The appendix rows of a plan, with periods parsed and bodies matched to agencies. */
export function planTaskRows(catalog: Catalog, plan: CatalogPlan): TaskRow[] {
  const match = localAgencies(catalog, plan);
  const context = { year: plan.data.year };
  return plan.data.tasks.map((task, index) => {
    const start = task.start ? parsePeriod(task.start, context) : null;
    const end = task.end ? parsePeriod(task.end, context) : null;
    return {
      plan,
      index,
      task,
      start,
      end,
      interval: taskInterval(start?.kind === 'unparsed' ? null : start, end?.kind === 'unparsed' ? null : end),
      lead: task.lead.map((text) => ({ text, agency: match(text) })),
      partners: task.partners.map((text) => ({ text, agency: match(text) })),
    };
  });
}

export interface AgencyAssignments {
  duties: DutyRow[];
  tasksLed: TaskRow[];
  tasksPartnered: TaskRow[];
}

export interface Assignments {
  tasks: TaskRow[];
  duties: DutyRow[];
  byAgency: Map<string, AgencyAssignments>;
}

/** Every duty and task of the catalog, and per agency, in catalog order. */
export function buildAssignments(catalog: Catalog): Assignments {
  const tasks = catalog.plans.flatMap((plan) => planTaskRows(catalog, plan));
  const duties = catalog.plans.flatMap((plan) => plan.data.duties.map((duty) => ({ plan, duty, agency: duty.agency ? catalog.agencies.get(duty.agency)! : null })));
  const byAgency = new Map<string, AgencyAssignments>();
  const of = (agency: Agency) => {
    let entry = byAgency.get(agency.key);
    if (!entry) byAgency.set(agency.key, (entry = { duties: [], tasksLed: [], tasksPartnered: [] }));
    return entry;
  };
  for (const row of duties) if (row.agency) of(row.agency).duties.push(row);
  for (const row of tasks) {
    for (const agency of new Set(row.lead.map((n) => n.agency).filter((a): a is Agency => a !== null))) of(agency).tasksLed.push(row);
    for (const agency of new Set(row.partners.map((n) => n.agency).filter((a): a is Agency => a !== null))) of(agency).tasksPartnered.push(row);
  }
  return { tasks, duties, byAgency };
}

/** Task rows ordered by when they start (undated last), then by lead. */
export function byPeriod(rows: readonly TaskRow[]): TaskRow[] {
  return [...rows].sort(
    (a, b) =>
      (a.interval.start ?? a.interval.end ?? '9999').localeCompare(b.interval.start ?? b.interval.end ?? '9999') ||
      (a.interval.end ?? '9999').localeCompare(b.interval.end ?? '9999') ||
      a.index - b.index,
  );
}

/** Task rows ordered by their first lead body, in Vietnamese order. */
export function byLead(rows: readonly TaskRow[]): TaskRow[] {
  return [...rows].sort((a, b) => compareVi(a.lead[0]?.text ?? '', b.lead[0]?.text ?? '') || a.index - b.index);
}

/** One plan's share of the assignments: its duties, and its appendix tasks in both orders a reader can pick. */
export interface PlanAssignments {
  duties: DutyRow[];
  tasksByPeriod: TaskRow[];
  tasksByLead: TaskRow[];
}

const byPlanCache = new WeakMap<object, Map<CatalogPlan, { duties: DutyRow[]; tasks: TaskRow[] }>>();

/**
 * The rows of every plan, grouped once per assignments object (in their order): filtering
 * all rows of all plans on each plan page made the page's cost grow with the corpus.
 */
function rowsByPlan(assignments: Pick<Assignments, 'duties' | 'tasks'>): Map<CatalogPlan, { duties: DutyRow[]; tasks: TaskRow[] }> {
  let found = byPlanCache.get(assignments);
  if (found) return found;
  const grouped = new Map<CatalogPlan, { duties: DutyRow[]; tasks: TaskRow[] }>();
  const of = (plan: CatalogPlan) => {
    let rows = grouped.get(plan);
    if (!rows) grouped.set(plan, (rows = { duties: [], tasks: [] }));
    return rows;
  };
  for (const row of assignments.duties) of(row.plan).duties.push(row);
  for (const row of assignments.tasks) of(row.plan).tasks.push(row);
  byPlanCache.set(assignments, (found = grouped));
  return found;
}

/** One plan's appendix task rows, in their order (grouped once per assignments object). */
export function planTasks(assignments: Pick<Assignments, 'duties' | 'tasks'>, plan: CatalogPlan): readonly TaskRow[] {
  return rowsByPlan(assignments).get(plan)?.tasks ?? [];
}

/** The duties and tasks of one plan, for its page. */
export function planAssignments(assignments: Pick<Assignments, 'duties' | 'tasks'>, plan: CatalogPlan): PlanAssignments {
  const rows = rowsByPlan(assignments).get(plan);
  const tasks = rows ? [...rows.tasks] : [];
  return { duties: rows ? [...rows.duties] : [], tasksByPeriod: byPeriod(tasks), tasksByLead: byLead(tasks) };
}

/** A report deadline or dated duty written in a plan's body: "trước ngày 30/11/2022". */
export interface Deadline {
  plan: CatalogPlan;
  period: Period;
  /** The sentence that sets it. */
  sentence: string;
}

const DEADLINE = /(trước ngày\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|trước ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|trong Quý\s+(?:I{1,3}|IV|[1-4])\s+năm\s+\d{4})/giu;

/** The deadlines a body text sets, with their sentences. */
export function findDeadlines(plan: CatalogPlan, text: string, sentenceAround: (text: string, start: number, end: number) => string): Deadline[] {
  return [...text.matchAll(DEADLINE)]
    .map((match) => ({ plan, period: parsePeriod(match[1]!, { year: plan.data.year }), sentence: sentenceAround(text, match.index, match.index + match[0].length) }))
    .filter((deadline) => deadline.period.kind !== 'unparsed');
}

export interface TimelineEntry {
  year: number;
  /** 1–4, or null for an entry spanning more than one quarter. */
  quarter: number | null;
  start: string | null;
  end: string;
  plan: CatalogPlan;
  task: TaskRow | null;
  deadline: Deadline | null;
}

/**
 * Tasks and deadlines on a calendar: each dated entry under the year it ends in (a
 * deadline's year), in the quarter it falls in when it falls in one. Undated tasks are
 * left out (the plan pages list them).
 */
export function timeline(tasks: readonly TaskRow[], deadlines: readonly Deadline[]): TimelineEntry[] {
  const quarterOf = (iso: string) => Math.ceil(Number(iso.slice(5, 7)) / 3);
  const entries: TimelineEntry[] = [];
  for (const task of tasks) {
    const { start, end } = task.interval;
    if (!end) continue;
    const sameQuarter = start !== null && start.slice(0, 4) === end.slice(0, 4) && quarterOf(start) === quarterOf(end);
    entries.push({ year: Number(end.slice(0, 4)), quarter: sameQuarter ? quarterOf(end) : null, start, end, plan: task.plan, task, deadline: null });
  }
  for (const deadline of deadlines) {
    const { start, end } = deadline.period;
    if (!end) continue;
    const quarter = start === null || quarterOf(start) === quarterOf(end) ? quarterOf(end) : null;
    entries.push({ year: Number(end.slice(0, 4)), quarter, start, end, plan: deadline.plan, task: null, deadline });
  }
  return entries.sort((a, b) => a.end.localeCompare(b.end) || (a.start ?? '').localeCompare(b.start ?? '') || compareVi(a.plan.data.title, b.plan.data.title));
}

/** A calendar's entries grouped by year, newest year first, each year's entries in calendar order. */
export function timelineByYear(entries: readonly TimelineEntry[]): { year: number; entries: TimelineEntry[] }[] {
  const years = new Map<number, TimelineEntry[]>();
  for (const entry of entries) {
    const list = years.get(entry.year);
    if (list) list.push(entry);
    else years.set(entry.year, [entry]);
  }
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, entries: list }));
}
