/**
 * The order plans are listed in everywhere: newest first by issue date (or plan year for
 * an undated plan), then by plan year, ties in Vietnamese order of the title.
 */
import type { CatalogPlan } from './catalog-types';
import type { PlanData } from './schemas/plan';
import { comparePartialDates, type PartialDate } from './dates';
import { compareVi } from './collate';

/**
 * The date a plan sorts by: its issue date, or the first day of its plan year when
 * the source gives no date (an undated draft for 2022 sorts with early 2022).
 */
export function planSortDate(plan: PlanData): PartialDate {
  return plan.date ?? { year: plan.year, month: null, day: null };
}

/** Newest first; ties in Vietnamese order of the title. */
export function comparePlansNewestFirst(a: CatalogPlan, b: CatalogPlan): number {
  return comparePartialDates(planSortDate(b.data), planSortDate(a.data)) || b.data.year - a.data.year || compareVi(a.data.title, b.data.title) || a.id.localeCompare(b.id);
}
