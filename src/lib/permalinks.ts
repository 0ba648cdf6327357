/**
 * Permalinks by document number: /so/<number>/ lists every plan with that number, and
 * /so/<number>/<issuer>/ leads to the plan of that issuer (or lists them, when the
 * issuer reused the number in another year). Numbers are unique per issuer and year only.
 */
import type { Catalog, CatalogPlan } from './catalog';
import { documentNumberSlug } from './document-number';
import { withBase } from './urls';

export interface Permalink {
  /** Path segments after /so/: ["84-kh-ubnd"] or ["84-kh-ubnd", "ha-tinh-ubnd-huyen-ky-anh"]. */
  path: string;
  plans: CatalogPlan[];
}

/** The issuer part of a permalink: the agency id with its slash as a hyphen. */
export function issuerSegment(plan: CatalogPlan): string {
  return plan.issuer.key.replace(/\//g, '-');
}

/** Every permalink of the numbered plans. */
export function permalinks(catalog: Pick<Catalog, 'plans'>): Permalink[] {
  const byPath = new Map<string, CatalogPlan[]>();
  for (const plan of catalog.plans) {
    if (plan.data.number === null) continue;
    const number = documentNumberSlug(plan.data.number);
    for (const path of [number, `${number}/${issuerSegment(plan)}`]) byPath.set(path, [...(byPath.get(path) ?? []), plan]);
  }
  return [...byPath].map(([path, plans]) => ({ path, plans }));
}

/** The permalink of a numbered plan, or null. */
export function planPermalink(plan: CatalogPlan): string | null {
  return plan.data.number === null ? null : withBase(`/so/${documentNumberSlug(plan.data.number)}/${issuerSegment(plan)}/`);
}
