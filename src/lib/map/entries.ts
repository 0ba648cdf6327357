/** What each province of the maps links to and counts: its page and its plans (as issued, or via its predecessors for 2025). */
import type { Catalog } from '../catalog';
import { unitName } from '../plan-format';
import { unitUrl } from '../urls';

export interface UnitEntry {
  name: string;
  url: string;
  count: number;
}

export interface MapEntries {
  /** By pre-2025 slug ("quang-tri"). */
  units63: Map<string, UnitEntry>;
  /** By 2025 slug without the "-2025" suffix ("quang-tri"). */
  units2025: Map<string, UnitEntry>;
}

export function mapEntries(catalog: Catalog): MapEntries {
  const counts = new Map<string, number>();
  for (const plan of catalog.plans) {
    counts.set(plan.province.key, (counts.get(plan.province.key) ?? 0) + 1);
    counts.set(plan.successor.key, (counts.get(plan.successor.key) ?? 0) + 1);
  }
  const units63 = new Map<string, UnitEntry>();
  const units2025 = new Map<string, UnitEntry>();
  for (const unit of catalog.units.values()) {
    if (unit.tier !== 'province') continue;
    const entry = { name: unitName(unit), url: unitUrl(unit), count: counts.get(unit.key) ?? 0 };
    if (unit.era === 'pre-2025') units63.set(unit.key, entry);
    else units2025.set(unit.key.replace(/-2025$/, ''), entry);
  }
  return { units63, units2025 };
}
