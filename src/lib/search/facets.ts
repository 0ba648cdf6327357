/**
 * The search facets: what a plan can be narrowed by, how each is named in the URL and on
 * the page, and how its values are ordered.
 *
 * A facet value is indexed as "id|label": the id is the stable part that goes into the
 * URL (a province or agency id, a year, a cited document's key), the label is what the
 * page shows. Ids never contain "|".
 */
import { compareVi } from '../collate';

export const FACETS = [
  { key: 'tinh', label: 'Tỉnh, thành phố (khi ban hành)', order: 'alpha' },
  { key: 'tinh-2025', label: 'Tỉnh, thành phố từ 01/7/2025', order: 'alpha' },
  { key: 'nam', label: 'Năm kế hoạch', order: 'newest' },
  { key: 'co-quan', label: 'Cơ quan ban hành', order: 'alpha' },
  { key: 'cap', label: 'Cấp ban hành', order: 'given' },
  { key: 'chi-so', label: 'Chỉ số hướng tới', order: 'alpha' },
  { key: 'van-ban', label: 'Văn bản được trích dẫn', order: 'count' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];
export const FACET_KEYS: readonly FacetKey[] = FACETS.map((facet) => facet.key);

export function isFacetKey(value: string): value is FacetKey {
  return (FACET_KEYS as readonly string[]).includes(value);
}

export interface FacetValue {
  id: string;
  label: string;
}

export function encodeFacetValue({ id, label }: FacetValue): string {
  if (id.includes('|') || id === '') throw new Error(`facet id "${id}" must be non-empty and contain no "|"`);
  return `${id}|${label}`;
}

export function decodeFacetValue(value: string): FacetValue {
  const bar = value.indexOf('|');
  return bar === -1 ? { id: value, label: value } : { id: value.slice(0, bar), label: value.slice(bar + 1) };
}

export interface FacetOption extends FacetValue {
  /** The indexed value, to pass back to the search. */
  value: string;
  count: number;
  selected: boolean;
}

/**
 * A facet's options from the search's counts: values with results (and the selected one
 * even at zero), ordered for the facet: names in Vietnamese order, years newest first,
 * levels as the portal lists them, cited documents by number of plans.
 */
export function facetOptions(key: FacetKey, counts: Readonly<Record<string, number>>, selectedId: string | null, givenOrder: readonly string[] = []): FacetOption[] {
  const facet = FACETS.find((candidate) => candidate.key === key)!;
  const options = Object.entries(counts)
    .map(([value, count]) => ({ ...decodeFacetValue(value), value, count, selected: false }))
    .map((option) => ({ ...option, selected: option.id === selectedId }))
    .filter((option) => option.count > 0 || option.selected);
  const byLabel = (a: FacetOption, b: FacetOption) => compareVi(a.label, b.label) || a.id.localeCompare(b.id);
  switch (facet.order) {
    case 'newest':
      return options.sort((a, b) => b.label.localeCompare(a.label, 'en', { numeric: true }) || byLabel(a, b));
    case 'count':
      return options.sort((a, b) => b.count - a.count || byLabel(a, b));
    case 'given': {
      const rank = (option: FacetOption) => {
        const at = givenOrder.indexOf(option.id);
        return at === -1 ? givenOrder.length : at;
      };
      return options.sort((a, b) => rank(a) - rank(b) || byLabel(a, b));
    }
    default:
      return options.sort(byLabel);
  }
}
