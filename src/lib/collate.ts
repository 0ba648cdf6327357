/**
 * Vietnamese collation for every list the portal shows.
 *
 * `Intl.Collator('vi')` orders by the Vietnamese alphabet (a ă â b c d đ e ê …), with
 * tones as a secondary difference, which a plain code-point sort gets wrong
 * ("Đ" would sort after "Z"). Numeric collation keeps "Sở 2" before "Sở 10".
 */
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Compares two strings in Vietnamese order; usable as an `Array#sort` comparator. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Returns a new array sorted in Vietnamese order by `key` (the items themselves by default). */
export function sortVi<T>(items: readonly T[], key: (item: T) => string = (item) => String(item)): T[] {
  return [...items].sort((a, b) => compareVi(key(a), key(b)));
}
