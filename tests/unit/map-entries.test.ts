import { describe, expect, it } from 'vitest';
import { buildCatalog, type Entry } from '../../src/lib/catalog';
import { mapEntries } from '../../src/lib/map/entries';
import type { PlanData } from '../../src/lib/schemas/plan';
import { readAgencies, readIndices, readPlans, readProvinces } from '../../scripts/lib/read-content';

describe('mapEntries', () => {
  const plans = readPlans().map((plan): Entry<PlanData> => ({ id: plan.id, data: plan.data, filePath: `content/plans/${plan.id}.mdx` }));
  const catalog = buildCatalog({ plans, agencies: readAgencies(), units: readProvinces(), indices: readIndices() });
  const { units63, units2025 } = mapEntries(catalog);

  it('has every province of both eras, with its page and its number of plans', () => {
    expect(units63.size).toBe(63);
    expect(units2025.size).toBe(34);
    expect(units63.get('quang-tri')).toEqual({ name: 'tỉnh Quảng Trị', url: '/tinh/quang-tri/', count: 1 });
    expect(units63.get('ha-noi')!.count).toBe(0);
    expect(units2025.get('quang-tri')!.url).toBe('/tinh/quang-tri-2025/');
  });

  it('counts a 2025 unit by the plans of its predecessors', () => {
    for (const [slug, entry] of units2025) {
      const expected = catalog.plans.filter((plan) => plan.successor.key === `${slug}-2025`).length;
      expect(entry.count, slug).toBe(expected);
    }
    expect([...units63.values()].reduce((n, e) => n + e.count, 0)).toBe(catalog.plans.length);
    expect([...units2025.values()].reduce((n, e) => n + e.count, 0)).toBe(catalog.plans.length);
  });
});
