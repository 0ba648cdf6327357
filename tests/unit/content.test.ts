import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog';
import { readAgencies, readPlans, readIndices, readProvinces } from '../../scripts/lib/read-content';

// The real content: every plan, agency and unit parses through its schema and the
// catalog's cross-collection checks pass.
describe('content/', () => {
  it('every plan, agency and province validates and joins into a catalog', () => {
    const plans = readPlans();
    const catalog = buildCatalog({
      plans: plans.map((plan) => ({ id: plan.id, data: plan.data, filePath: plan.filePath })),
      agencies: readAgencies(),
      units: readProvinces(),
      indices: readIndices(),
    });
    expect(catalog.plans.length).toBe(plans.length);
  });
});
