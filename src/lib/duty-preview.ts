/**
 * How many of an agency's duties a page shows before linking to the list of them all
 * (/co-quan/<id>/nhiem-vu/): an agency named in hundreds of plans would otherwise carry
 * every duty on its page and on its kind's comparison page. Duties come newest plan first.
 */

/** Duties an agency's own page shows. */
export const AGENCY_DUTIES = 10;

/** Duties each agency shows on the page comparing its kind (/co-quan/loai/<kind>/), 50 agencies a page. */
export const KIND_DUTIES = 3;

/** The first `size` duties, and how many are left out (0 when all are shown). */
export function previewDuties<T>(duties: readonly T[], size: number): { shown: T[]; more: number } {
  if (!Number.isInteger(size) || size < 0) throw new Error(`a preview size must be a non-negative integer, got ${size}`);
  return { shown: duties.slice(0, size), more: Math.max(0, duties.length - size) };
}
