/**
 * Numbers as Vietnamese readers write them: "1.234" (a dot groups thousands). The one
 * formatter of the portal's counts, axis values and legend ranges. Pure.
 */

const vi = new Intl.NumberFormat('vi');

/** 1234 → "1.234". */
export function formatCount(n: number): string {
  return vi.format(n);
}
