/**
 * The structured data of a plan page: schema.org `Legislation`, what search engines and
 * link previews read of a plan. Only facts the plan states; absent ones are left out.
 */
import type { CatalogPlan } from './catalog';
import { toIsoPartial } from './dates';
import { fullTitle } from './plan-format';

/** The JSON-LD object of a plan; `site` is the public address its `url` is resolved against. */
export function planJsonLd(plan: CatalogPlan, site: URL | string | undefined): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: fullTitle(plan),
    legislationType: plan.data.type,
    ...(plan.data.number ? { legislationIdentifier: plan.data.number } : {}),
    ...(plan.data.date ? { legislationDate: toIsoPartial(plan.data.date) } : {}),
    inLanguage: 'vi',
    legislationJurisdiction: plan.province.fullName,
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: plan.issuer.name },
    ...(plan.data.status === 'du-thao' ? { legislationLegalForce: 'Chưa ghi số (dự thảo)' } : {}),
    url: new URL(plan.url, site).href,
  };
}
