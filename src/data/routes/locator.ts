/**
 * The locator figure of a province, district or district/commune plan page: which province's
 * small map it shows (/ban-do/vi-tri/<unit>.svg), its size, its alt text and its caption.
 * The pages and LocatorMap only draw what this returns.
 */
import { getLocator } from '../maps';
import type { CatalogPlan, Unit } from '../../lib/catalog';
import { unitName, unitTitle } from '../../lib/plan-format';
import { withBase } from '../../lib/urls';

export interface LocatorFigure {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
}

function figure(province: Unit, caption: string): LocatorFigure {
  const map = getLocator(province.key);
  if (!map) throw new Error(`no locator map for "${province.key}"`);
  return { src: withBase(`/ban-do/vi-tri/${province.key}.svg`), width: map.width, height: map.height, alt: `Bản đồ vị trí ${unitName(province)}`, caption };
}

/** A province's page shows itself in the country; a district's page shows its province. */
export function unitLocator(unit: Unit, parent: Unit | null): LocatorFigure | null {
  if (unit.tier === 'province') return figure(unit, `${unitTitle(unit)}${unit.era === '2025' ? ' (từ 01/7/2025)' : ''} trên bản đồ Việt Nam.`);
  return parent ? figure(parent, `${unitTitle(unit)} thuộc ${unitName(parent)}.`) : null;
}

/** A district or commune plan names its province on the map; other plans have no locator. */
export function planLocator(plan: CatalogPlan): LocatorFigure | null {
  if (plan.data.level !== 'huyen' && plan.data.level !== 'xa') return null;
  return figure(plan.province, `${plan.district ? `${unitTitle(plan.district)} thuộc ` : `${plan.issuer.name} thuộc `}${unitName(plan.province)}.`);
}
