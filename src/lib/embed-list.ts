/**
 * The list an embed shows (/nhung/…): the EMBED_PLANS newest plans of its province or
 * agency, so that an iframe on another site stays small however many plans there are; the
 * whole list is on the portal page the embed links to.
 */

/** How many plans an embed lists: the first (newest) of the list given. */
export const EMBED_PLANS = 20;

export interface EmbedList<T> {
  /** The plans listed, at most EMBED_PLANS. */
  shown: T[];
  /** How many there are in all. */
  total: number;
}

export function embedList<T>(plans: readonly T[], size = EMBED_PLANS): EmbedList<T> {
  return { shown: plans.slice(0, size), total: plans.length };
}
