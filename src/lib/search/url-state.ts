/**
 * The search page's state, kept in its URL so that a search can be shared, bookmarked or
 * linked to: /tim-kiem/?q=cải+cách&tinh=quang-tri&chi-so=pci&sap-xep=moi-nhat.
 * One parameter per facet (its value's id), the query in q, the order in sap-xep.
 */
import { FACET_KEYS, type FacetKey } from './facets';

export const SORTS = [
  { key: 'lien-quan', label: 'Liên quan nhất' },
  { key: 'moi-nhat', label: 'Mới nhất' },
  { key: 'cu-nhat', label: 'Cũ nhất' },
] as const;
export type SortKey = (typeof SORTS)[number]['key'];
export const DEFAULT_SORT: SortKey = 'lien-quan';

export interface SearchState {
  q: string;
  facets: Partial<Record<FacetKey, string>>;
  sort: SortKey;
}

/** Reads a state from a query string. Unknown parameters and empty values are ignored; an unknown order is the default. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const facets: Partial<Record<FacetKey, string>> = {};
  for (const key of FACET_KEYS) {
    const value = params.get(key)?.trim();
    if (value) facets[key] = value;
  }
  const sort = params.get('sap-xep');
  return {
    q: (params.get('q') ?? '').replace(/\s+/g, ' ').trim(),
    facets,
    sort: SORTS.some((candidate) => candidate.key === sort) ? (sort as SortKey) : DEFAULT_SORT,
  };
}

/** The query string of a state ("" for the empty state), parameters in a fixed order. */
export function searchStateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FACET_KEYS) {
    const value = state.facets[key];
    if (value) params.set(key, value);
  }
  if (state.sort !== DEFAULT_SORT) params.set('sap-xep', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind's sort option for an order (relevance is Pagefind's default: no option). */
export function pagefindSort(sort: SortKey): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'moi-nhat') return { ngay: 'desc' };
  if (sort === 'cu-nhat') return { ngay: 'asc' };
  return undefined;
}
