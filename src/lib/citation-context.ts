/**
 * The context a plan gives the citation parser: its province and district (so that "UBND
 * tỉnh" in a Quảng Trị plan is Quảng Trị's), and its issue date (to apply name aliases
 * only to later texts), or its plan year when it is undated, and its own number (to tell
 * the plan naming itself from citations of other documents). One derivation for the two
 * readers of a plan's citations, which must agree on every key: the remark plugin that
 * links them (from the frontmatter) and the citation index (from the catalog).
 */
import type { CitationContext } from './citations';

/** What the context is made of, as ids: the frontmatter's fields, or the catalog's. */
export interface PlanPlaceAndDate {
  province: string | null;
  district: string | null;
  /** The issue date as an ISO prefix ("2024-01-12", "2024-01", "2022"), or null. */
  date: string | null;
  year: number | null;
  /** The plan's own number, so that its header and captions are read as itself ("self"), or null. */
  number?: string | null;
}

/** The parser's context; unit names come from `unitNames` (an id without a name stands for itself). */
export function citationContext(plan: PlanPlaceAndDate, unitNames: ReadonlyMap<string, string>): CitationContext {
  const unit = (id: string | null) => (id ? { id, name: unitNames.get(id) ?? id } : null);
  return {
    province: unit(plan.province),
    district: unit(plan.district),
    date: plan.date ?? (plan.year ? String(plan.year) : null),
    ...(plan.number !== undefined ? { number: plan.number } : {}),
  };
}
